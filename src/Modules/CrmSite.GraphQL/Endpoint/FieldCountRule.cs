using GraphQL.Validation;
using GraphQLParser.AST;

namespace CrmSite.GraphQL.Endpoint;

/// <summary>
/// Rejects documents that select more than <paramref name="maxFields"/> fields in all (10,000 aliases of one
/// field, say) before anything runs; depth and complexity are checked by GraphQL.NET's own rule.
/// </summary>
public sealed class FieldCountRule(int maxFields) : IValidationRule
{
    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var count = 0;
        return new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (++count == maxFields + 1)
            {
                validation.ReportError(new ValidationError(validation.Document.Source, "fields",
                    $"The document selects more than {maxFields} fields; split it into smaller queries.", field));
            }
        }));
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;
}

using GraphQL.Validation;
using GraphQLParser.AST;

namespace CrmSite.GraphQL.Endpoint;

/// <summary>
/// Refuses introspection that nests <c>fields</c>, <c>inputFields</c>, <c>interfaces</c> or <c>possibleTypes</c> three
/// deep (through fragments too), as graphql-js's MaxIntrospectionDepthRule does: each level multiplies the answer by
/// the schema's breadth, and no tool needs more than two (the standard introspection query uses one).
/// </summary>
public sealed class IntrospectionDepthRule : IValidationRule
{
    private const int MaxListDepth = 3;

    private static readonly HashSet<string> TypeGraphLists = ["fields", "inputFields", "interfaces", "possibleTypes"];

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            if (TooDeep(validation.Document, operation.SelectionSet, [], 0))
            {
                validation.ReportError(new ValidationError(validation.Document.Source, "introspection-depth",
                    "The introspection query nests fields, inputFields, interfaces or possibleTypes too deeply.", operation));
            }
        }));

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;

    private static bool TooDeep(GraphQLDocument document, GraphQLSelectionSet? selections, HashSet<string> fragmentsOnPath, int depth)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    var fieldDepth = TypeGraphLists.Contains(field.Name.StringValue) ? depth + 1 : depth;
                    if (fieldDepth >= MaxListDepth || TooDeep(document, field.SelectionSet, fragmentsOnPath, fieldDepth))
                    {
                        return true;
                    }
                    break;
                case GraphQLInlineFragment inline:
                    if (TooDeep(document, inline.SelectionSet, fragmentsOnPath, depth))
                    {
                        return true;
                    }
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    // A fragment cycle is reported by GraphQL's own rule; here it only must not loop.
                    var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
                    if (fragment is not null && fragmentsOnPath.Add(name))
                    {
                        var tooDeep = TooDeep(document, fragment.SelectionSet, fragmentsOnPath, depth);
                        fragmentsOnPath.Remove(name);
                        if (tooDeep)
                        {
                            return true;
                        }
                    }
                    break;
            }
        }
        return false;
    }
}

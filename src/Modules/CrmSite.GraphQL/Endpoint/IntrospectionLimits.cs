using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace CrmSite.GraphQL.Endpoint;

/// <summary>
/// Limits for operations that only introspect the schema (GraphiQL's schema query, documentation tools). The content
/// complexity rule prices every list at the page size, which puts the standard introspection query at tens of
/// millions; introspection reads the in-memory schema, not the store, so it is priced by the schema itself instead:
/// GraphQL.NET counts <c>types</c> as the number of types, every other field counts once, and an operation may cost
/// <see cref="MaxFieldsPerType"/> fields for each type of the schema (the standard query costs about 170 per type).
/// <see cref="IntrospectionDepthRule"/> refuses cycles through the type graph, which this price does not see.
/// </summary>
public static class IntrospectionLimits
{
    public const int MaxFieldsPerType = 300;

    /// <summary>The deepest selection (the standard query's type references reach 13 levels; each is one object).</summary>
    public const int MaxDepth = 20;

    /// <summary>Whether every root field of <paramref name="operation"/> is <c>__schema</c>, <c>__type</c> or <c>__typename</c>.</summary>
    public static bool IsIntrospectionOnly(GraphQLOperationDefinition? operation) =>
        operation is { Operation: OperationType.Query }
        && operation.SelectionSet.Selections.Count > 0
        && operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.Value.Span.StartsWith("__"));

    /// <summary>The rules that replace the content complexity rule for an introspection-only operation.</summary>
    public static IEnumerable<IValidationRule> Rules() =>
    [
        new ComplexityValidationRule(new ComplexityOptions
        {
            MaxDepth = MaxDepth,
            DefaultComplexityImpactDelegate = _ => new FieldComplexityResult(1, 1),
            ValidateComplexityDelegate = context =>
            {
                var limit = (double)MaxFieldsPerType * context.ValidationContext.Schema.AllTypes.Count;
                if (context.TotalImpact > limit)
                {
                    context.Error = new ComplexityError(
                        $"The introspection query is too complex: {context.TotalImpact:0} against at most {limit:0} ({MaxFieldsPerType} for each of the schema's types).");
                }
                return Task.CompletedTask;
            },
        }),
        new IntrospectionDepthRule(),
    ];
}

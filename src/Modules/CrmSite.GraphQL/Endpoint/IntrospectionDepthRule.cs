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
    private const int MaxNesting = 2;

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var nesting = new Nesting(context.Document);
        return new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            if (nesting.Of(operation.SelectionSet) > MaxNesting)
            {
                validation.ReportError(new ValidationError(validation.Document.Source, "introspection-depth",
                    "The introspection query nests fields, inputFields, interfaces or possibleTypes too deeply.", operation));
            }
        }));
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;

    /// <summary>The deepest nesting of type-graph lists below a selection, each fragment measured once.</summary>
    private sealed class Nesting(GraphQLDocument document)
    {
        private readonly Dictionary<string, int> _fragments = [];
        private readonly HashSet<string> _onPath = [];

        public int Of(GraphQLSelectionSet? selections)
        {
            var deepest = 0;
            foreach (var selection in selections?.Selections ?? [])
            {
                deepest = Math.Max(deepest, selection switch
                {
                    GraphQLField field => (IsTypeGraphList(field) ? 1 : 0) + Of(field.SelectionSet),
                    GraphQLInlineFragment inline => Of(inline.SelectionSet),
                    GraphQLFragmentSpread spread => OfFragment(spread.FragmentName.Name.StringValue),
                    _ => 0,
                });
            }
            return deepest;
        }

        private int OfFragment(string name)
        {
            if (_fragments.TryGetValue(name, out var known))
            {
                return known;
            }
            // A fragment cycle is reported by GraphQL's own rule; here it only must not loop.
            var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
            if (fragment is null || !_onPath.Add(name))
            {
                return 0;
            }
            var nesting = Of(fragment.SelectionSet);
            _onPath.Remove(name);
            _fragments[name] = nesting;
            return nesting;
        }

        private static bool IsTypeGraphList(GraphQLField field) =>
            field.Name.StringValue is "fields" or "inputFields" or "interfaces" or "possibleTypes";
    }
}

using System.Text.Json.Nodes;
using CrmSite.Content.Recipes;

namespace CrmSite.Search.SavedQueries;

/// <summary>
/// <c>Queries</c>: <c>Queries: [{Source, Name, Index, Template, Schema, ReturnContentItems}]</c>, or Orchard's newer
/// shape with <c>Index</c> and <c>Template</c> under <c>Properties.LuceneQueryMetadata</c>. A query replaces the one
/// of the same name. <c>Sql</c> queries are skipped with a warning; any other source, a missing name, index or
/// template, or a template that is not valid Liquid fails the step, naming the query.
/// </summary>
public sealed class QueriesStep(SavedQueryStore store, QueryTemplates templates) : IRecipeStep
{
    public string Name => "Queries";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) =>
        await store.SaveAsync(Read(context, templates), cancellationToken);

    /// <summary>The Lucene queries the step holds, checked; warnings for the ones skipped go to the context.</summary>
    public static IReadOnlyList<SavedQuery> Read(RecipeStepContext context, QueryTemplates templates)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(templates);
        var queries = new List<SavedQuery>();
        var number = 0;
        foreach (var entry in StepJson.Array(context.Step, "Queries"))
        {
            number++;
            if (entry is not JsonObject query)
            {
                throw context.Fail($"query {number} is not an object.");
            }
            var name = StepJson.Text(query, "Name");
            if (string.IsNullOrWhiteSpace(name))
            {
                throw context.Fail($"query {number} has no Name.");
            }
            if (!IsValidName(name))
            {
                throw context.Fail($"query '{name}': a name is 1 to 64 letters, digits, '-' or '_', and does not end with '_'.");
            }
            var source = StepJson.Text(query, "Source");
            if (string.Equals(source, "Sql", StringComparison.OrdinalIgnoreCase))
            {
                context.AddWarning($"query '{name}': SQL queries are not supported; it was skipped.");
                continue;
            }
            if (!string.Equals(source, SavedQuery.LuceneSource, StringComparison.OrdinalIgnoreCase))
            {
                throw context.Fail($"query '{name}': Source '{source}' is not supported; use Lucene.");
            }
            queries.Add(ReadLucene(context, templates, name, query));
        }
        return queries;
    }

    private static SavedQuery ReadLucene(RecipeStepContext context, QueryTemplates templates, string name, JsonObject query)
    {
        var metadata = query["Properties"]?["LuceneQueryMetadata"];
        var index = StepJson.Text(query, "Index") ?? StepJson.Text(metadata, "Index");
        var template = StepJson.Text(query, "Template") ?? StepJson.Text(metadata, "Template");
        if (string.IsNullOrWhiteSpace(index))
        {
            throw context.Fail($"query '{name}' has no Index.");
        }
        if (string.IsNullOrWhiteSpace(template))
        {
            throw context.Fail($"query '{name}' has no Template.");
        }
        if (templates.Check(template) is { } error)
        {
            throw context.Fail($"query '{name}': the Template is not valid Liquid: {error}");
        }
        return new SavedQuery
        {
            Name = name,
            Index = index,
            Template = template,
            Schema = query["Schema"] switch
            {
                JsonValue value when value.TryGetValue<string>(out var text) => text,
                JsonObject schema => schema.ToJsonString(),
                _ => "",
            },
            ReturnContentItems = StepJson.Flag(query, "ReturnContentItems") ?? StepJson.Flag(metadata, "ReturnContentItems") ?? false,
        };
    }

    // A trailing '_' is refused so that no query's permission (ExecuteApi_{Name}) ends where another one's begins.
    private static bool IsValidName(string name) =>
        name.Length <= 64 && name[^1] != '_' && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

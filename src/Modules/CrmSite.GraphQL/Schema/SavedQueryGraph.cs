using System.Text.Json;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Search;
using CrmSite.GraphQL.Querying;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.GraphQL.Schema;

/// <summary>
/// Each saved Lucene query (Orchard's Queries) as a query field named after it in camelCase, with a
/// <c>parameters</c> argument (a JSON object): content items when the query returns them (the type its Orchard
/// <c>Schema</c> names, <c>{"type": "ContentItem/FactSheet"}</c>, or the <c>ContentItem</c> interface), otherwise its
/// documents (<see cref="SavedQueryDocuments"/>). Running one needs its own <c>ExecuteApi_{Name}</c> (or
/// ExecuteApiAll); without it the field answers ACCESS_DENIED. The queries are this contributor's source, so the
/// schema is rebuilt when one is added or changed.
/// </summary>
public sealed class SavedQueryGraph : IContentGraphContributor
{
    public async ValueTask<ContentGraphSource?> SourceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetService<ISavedQueries>() is not { } queries)
        {
            return null;
        }
        var catalog = await queries.GetCatalogAsync(cancellationToken);
        return new ContentGraphSource(catalog.Version, catalog);
    }

    public void Contribute(ContentSchemaContext context)
    {
        if (context.SourceOf(this) is not SavedQueryCatalog { Queries.Count: > 0 } catalog)
        {
            return;
        }
        var documents = new SavedQueryDocuments(context);
        foreach (var query in catalog.Queries.OrderBy(q => q.Name, StringComparer.Ordinal))
        {
            if (FieldName(context.Query, query.Name) is not { } name)
            {
                continue;
            }
            var schema = ParseSchema(query.Schema);
            var field = query.ReturnContentItems ? ItemsField(context, query, name, schema) : documents.Field(query, name, schema);
            var parameters = GraphFields.Argument("parameters",
                "The query's parameters as a JSON object, e.g. {\"topic\": \"topiceducation\"}; the template's values. None when not given.", typeof(StringGraphType));
            parameters.Validator = value => Parameters(value as string);
            field.Arguments = new QueryArguments(parameters);
            context.Query.AddField(field);
        }
    }

    /// <summary>The query's name in camelCase; with <c>Query</c> after it when a generated field has that name; null when neither is free.</summary>
    private static string? FieldName(ObjectGraphType query, string queryName)
    {
        var trimmed = queryName.TrimStart('_');
        if (trimmed.Length == 0)
        {
            return null;
        }
        var name = GraphNames.Field(trimmed);
        return name == "_" ? null : !query.HasField(name) ? name : !query.HasField(name + "Query") ? name + "Query" : null;
    }

    private static JsonObject? ParseSchema(string schema)
    {
        try
        {
            return string.IsNullOrWhiteSpace(schema) ? null : JsonNode.Parse(schema) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static FieldType ItemsField(ContentSchemaContext context, SavedQueryInfo query, string name, JsonObject? schema)
    {
        var typeName = schema?["type"] is JsonValue v && v.TryGetValue<string>(out var t) && t.StartsWith("ContentItem/", StringComparison.Ordinal) ? t["ContentItem/".Length..] : null;
        var typed = typeName is null ? null : context.TypeOf(typeName);
        var known = context.ItemTypes.Keys.ToHashSet(StringComparer.Ordinal);
        IGraphType element = (IGraphType?)typed ?? context.ItemInterface;
        var description = Describe(query,
            typed is null ? "The content items it finds that the caller may read, in its order." : $"The {typed.Name} items it finds that the caller may read, in its order.");
        return GraphFields.Async(name, description, new NonNullGraphType(new ListGraphType(new NonNullGraphType(element))), async c =>
        {
            var result = await RunAsync(c, query.Name);
            var data = c.RequestServices!.GetRequiredService<ContentGraphData>();
            var loads = result.Hits.Where(h => h.ContentItemId is not null).Select(h => data.Item(h.ContentItemId!, published: !result.Latest)).ToList();
            var items = new List<ContentItem>(loads.Count);
            foreach (var load in loads)
            {
                // One batch for every hit; items the caller may not read come back null. A typed list holds that type only.
                if (await load.GetResultAsync(c.CancellationToken) is { } item && (typed is null ? known.Contains(item.ContentType) : item.ContentType == typeName))
                {
                    items.Add(item);
                }
            }
            return items;
        });
    }

    /// <summary>Runs the query for the caller; its problems become GraphQL errors (ACCESS_DENIED without its permission).</summary>
    internal static async Task<SavedQueryResult> RunAsync(IResolveFieldContext context, string queryName)
    {
        JsonObject parameters;
        try
        {
            parameters = Parameters(context.GetArgument<string?>("parameters"));
        }
        catch (ArgumentException e)
        {
            throw new ExecutionError(e.Message) { Code = "INVALID_ARGUMENT" };
        }
        var result = await context.RequestServices!.GetRequiredService<ISavedQueries>().RunAsync(queryName, parameters, context.CancellationToken);
        return result.Problem switch
        {
            null => result,
            { Kind: SearchProblemKind.AccessDenied } problem => throw new AccessDeniedError(problem.Message),
            { Kind: SearchProblemKind.Unavailable } problem => throw new ExecutionError(problem.Message) { Code = "SEARCH_UNAVAILABLE" },
            { Kind: SearchProblemKind.NotFound } problem => throw new ExecutionError(problem.Message) { Code = "NOT_FOUND" },
            // The only argument is parameters: a rendered query the DSL rejects is named as the parameters' doing too.
            { Member: "parameters" } problem => throw new ExecutionError("parameters: " + problem.Message) { Code = "INVALID_ARGUMENT" },
            var problem => throw new ExecutionError(
                $"parameters: the query '{queryName}' rendered with them is not one the index can run ({problem.Member}): {problem.Message}") { Code = "INVALID_ARGUMENT" },
        };
    }

    internal static string Describe(SavedQueryInfo query, string returns) =>
        $"Runs the saved Lucene query '{query.Name}' with the given parameters. {returns} Needs ExecuteApi_{query.Name} or ExecuteApiAll." +
        (string.IsNullOrWhiteSpace(query.Schema) ? "" : $" Its schema: {(query.Schema.Length > 500 ? query.Schema[..500] + "…" : query.Schema)}");

    private static JsonObject Parameters(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }
        try
        {
            return JsonNode.Parse(json) as JsonObject ?? throw new ArgumentException("parameters must be a JSON object, e.g. {\"topic\": \"topiceducation\"}.");
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"parameters is not valid JSON: {e.Message}");
        }
    }
}

using CrmSite.Content.Definitions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmSite.GraphQL.Schema;

/// <summary>
/// The schema of the current definitions: built on first use and again whenever the definitions a request sees
/// are another document (a recipe or the admin changed them, here or on another node), or a contributor's source
/// (the saved queries) has another version, with no restart. A request that changes nothing reads the stamps only.
/// </summary>
public sealed class ContentSchemaCache(IOptions<GraphQLOptions> options, IEnumerable<IContentGraphContributor> contributors, ILogger<ContentSchemaCache> logger)
{
    private readonly IContentGraphContributor[] _contributors = [.. contributors];
    private readonly Lock _building = new();
    private Built? _current;

    public async Task<global::GraphQL.Types.ISchema> GetAsync(ContentDefinitionManager definitions, IServiceProvider services, CancellationToken cancellationToken)
    {
        var document = await definitions.GetAsync(cancellationToken);
        var sources = new ContentGraphSource?[_contributors.Length];
        for (var i = 0; i < _contributors.Length; i++)
        {
            sources[i] = await _contributors[i].SourceAsync(services, cancellationToken);
        }
        if (_current is { } current && current.Matches(document, sources))
        {
            return current.Schema;
        }
        lock (_building)
        {
            if (_current is { } built && built.Matches(document, sources))
            {
                return built.Schema;
            }
            var bySource = new Dictionary<IContentGraphContributor, ContentGraphSource>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < _contributors.Length; i++)
            {
                if (sources[i] is { } source)
                {
                    bySource[_contributors[i]] = source;
                }
            }
            global::GraphQL.Types.ISchema schema;
            try
            {
                schema = Build(document, bySource);
            }
            catch (Exception e) when (bySource.Count > 0 && e is InvalidOperationException or ArgumentException)
            {
                // Sources are data (saved queries from recipes): one that yields a schema GraphQL.NET refuses must not
                // take the whole API down. The content schema is served without the fields made from them.
                logger.LogError(e, "The GraphQL schema could not be built with the contributors' sources; it is served without the fields made from them.");
                schema = Build(document, new Dictionary<IContentGraphContributor, ContentGraphSource>());
            }
            _current = new Built(document, sources, schema);
            return schema;
        }
    }

    private global::GraphQL.Types.Schema Build(ContentDefinitionDocument document, IReadOnlyDictionary<IContentGraphContributor, ContentGraphSource> sources)
    {
        var schema = new ContentSchemaBuilder(document, options.Value, _contributors, sources).Build();
        schema.Initialize();
        return schema;
    }

    private sealed record Built(ContentDefinitionDocument Definitions, ContentGraphSource?[] Sources, global::GraphQL.Types.ISchema Schema)
    {
        public bool Matches(ContentDefinitionDocument definitions, ContentGraphSource?[] sources)
        {
            if (!ReferenceEquals(Definitions, definitions))
            {
                return false;
            }
            for (var i = 0; i < sources.Length; i++)
            {
                if (Sources[i]?.Version != sources[i]?.Version)
                {
                    return false;
                }
            }
            return true;
        }
    }
}

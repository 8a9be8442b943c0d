using CrmSite.Content.Definitions;
using Microsoft.Extensions.Options;

namespace CrmSite.GraphQL.Schema;

/// <summary>
/// The schema of the current definitions: built on first use and again whenever the definitions a request sees
/// are another document (a recipe or the admin changed them, here or on another node), with no restart.
/// </summary>
public sealed class ContentSchemaCache(IOptions<GraphQLOptions> options, IEnumerable<IContentGraphContributor> contributors)
{
    private readonly Lock _building = new();
    private (ContentDefinitionDocument Definitions, global::GraphQL.Types.ISchema Schema)? _current;

    public async Task<global::GraphQL.Types.ISchema> GetAsync(ContentDefinitionManager definitions, CancellationToken cancellationToken)
    {
        var document = await definitions.GetAsync(cancellationToken);
        if (_current is { } current && ReferenceEquals(current.Definitions, document))
        {
            return current.Schema;
        }
        lock (_building)
        {
            if (_current is { } built && ReferenceEquals(built.Definitions, document))
            {
                return built.Schema;
            }
            var schema = new ContentSchemaBuilder(document, options.Value, contributors).Build();
            schema.Initialize();
            _current = (document, schema);
            return schema;
        }
    }
}

namespace CrmSite.GraphQL.Schema;

/// <summary>
/// A module's additions to the generated schema, e.g. a chapter's <c>secretariat</c>: called each time the
/// schema is built from the definitions, after every content type has its object type.
/// </summary>
public interface IContentGraphContributor
{
    void Contribute(ContentSchemaContext context);

    /// <summary>
    /// What the contributed fields are made from besides the definitions (the saved queries, say), read at the start
    /// of every request with its services: the schema is rebuilt when the source's <see cref="ContentGraphSource.Version"/>
    /// changes, and <see cref="ContentSchemaContext.SourceOf"/> hands it to <see cref="Contribute"/>. It is asked on
    /// every request, so it must be cheap when nothing changed. Null (the default): the definitions are enough.
    /// </summary>
    ValueTask<ContentGraphSource?> SourceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        ValueTask.FromResult<ContentGraphSource?>(null);
}

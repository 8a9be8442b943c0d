namespace CrmSite.GraphQL.Schema;

/// <summary>
/// A module's additions to the generated schema, e.g. a chapter's <c>secretariat</c>: called each time the
/// schema is built from the definitions, after every content type has its object type.
/// </summary>
public interface IContentGraphContributor
{
    void Contribute(ContentSchemaContext context);
}

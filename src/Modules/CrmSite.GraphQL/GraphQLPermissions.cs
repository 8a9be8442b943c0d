using CrmSite.Content.Security;

namespace CrmSite.GraphQL;

/// <summary>Orchard's GraphQL permissions.</summary>
public static class GraphQLPermissions
{
    public static readonly Permission ExecuteGraphQLMutations = new("ExecuteGraphQLMutations", "Execute GraphQL mutations");
    public static readonly Permission ExecuteGraphQL = new("ExecuteGraphQL", "Execute GraphQL queries", [ExecuteGraphQLMutations]);

    public static readonly IReadOnlyList<Permission> All = [ExecuteGraphQL, ExecuteGraphQLMutations];
}

using CrmSite.Content.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.GraphQL.Pages;

/// <summary>The GraphiQL page's policy: a signed-in user who may run GraphQL queries.</summary>
public static class GraphiQLPages
{
    public const string GraphiQLPage = "/Admin/GraphiQL";
    public const string Policy = "GraphiQL";

    // ExecuteGraphQL alone would admit anonymous visitors (the setup recipe grants it to Anonymous): the page is
    // for signed-in users, who also get the antiforgery token their mutations need.
    public static void AddPolicy(AuthorizationOptions options) =>
        options.AddPolicy(Policy, policy => policy.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(GraphQLPermissions.ExecuteGraphQL)));

    public static void Authorize(RazorPagesOptions options) =>
        options.Conventions.AuthorizePage(GraphiQLPage, Policy);
}

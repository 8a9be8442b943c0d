using System.Net;
using CrmSite.Content.Search;
using CrmSite.Content.Store;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static CrmSite.Tests.Integration.GraphQL.SearchGraphCalls;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>A site whose modules offer no visitor search and no saved queries: the GraphQL schema simply has no such fields.</summary>
public sealed class SearchModuleAbsenceTests
{
    [Fact]
    public async Task Schema_HasNoSearchOrSavedQueryFields_WhenNoModuleOffersThem()
    {
        using var site = new SiteFactory(StoreProvider.Sqlite);
        using var withoutSearch = site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IVisitorSearch>();
            services.RemoveAll<ISavedQueries>();
        }));
        using var anonymous = withoutSearch.CreateClient();

        var search = await SendAsync(anonymous, """{ search(query: "child") { total } }""");
        var saved = await SendAsync(anonymous, """{ factSheetsByTopic(parameters: "{}") { contentItemId } }""");
        var content = await DataAsync(anonymous, """{ factSheet(first: 1) { contentItemId } }""");

        Assert.Equal(HttpStatusCode.BadRequest, search.Status);
        Assert.Contains("'search'", Error(search.Body).Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, saved.Status);
        Assert.Contains("'factSheetsByTopic'", Error(saved.Body).Message, StringComparison.Ordinal);
        Assert.Single(content["factSheet"]!.AsArray());
    }
}

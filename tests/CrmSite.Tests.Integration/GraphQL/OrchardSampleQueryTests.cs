using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>
/// Orchard Core's own dynamic-content-type sample imports, and the GraphQL queries Orchard runs against it give
/// the items Orchard gives: the schema keeps Orchard's names (collapsed parts, prefixed fields) and filters.
/// </summary>
public abstract class OrchardSampleQueryTests(SiteFixture fixture)
{
    private const string ProductFields = "contentItemId displayText price { amount } sku metadataCode metadataAvailabilityDate";

    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task Product_ReturnsOnlyProduct2_WhenPriceAmountIsGreaterThan10()
    {
        using var anonymous = await AnonymousAsync();

        var data = await GraphQLCalls.DataAsync(anonymous, $"{{ product(where: {{price: {{amount_gt: 10}}}}) {{ {ProductFields} }} }}");

        var product = Assert.Single(data["product"]!.AsArray())!;
        Assert.Equal("Product 2", product["displayText"]!.GetValue<string>());
        Assert.Equal(22m, product["price"]!["amount"]!.GetValue<decimal>());
        Assert.Equal("4000-44", product["sku"]!.GetValue<string>());
        Assert.Equal("100000988", product["metadataCode"]!.GetValue<string>());
        Assert.Equal("2024-05-18", product["metadataAvailabilityDate"]!.GetValue<string>());
        Assert.Equal(26, product["contentItemId"]!.GetValue<string>().Length);
    }

    [SkippableFact]
    public async Task Product_FiltersOnCollapsedAndPrefixedFields_AsOrchardDoes()
    {
        using var anonymous = await AnonymousAsync();

        var bySku = await NamesAsync(anonymous, "product(where: {sku_starts_with: \"4000\"})");
        var byCode = await NamesAsync(anonymous, "product(where: {metadataCode: \"100000987\"})");
        var byOr = await NamesAsync(anonymous,
            "product(where: {AND: {OR: {price: {amount: 10}, sku_ends_with: \"44\"}, metadataAvailabilityDate_gt: \"2024-05-01\"}}, orderBy: {createdUtc: ASC})");
        var orAlone = await NamesAsync(anonymous, "product(where: {OR: {price: {amount: 10}, sku_ends_with: \"44\"}}, orderBy: {createdUtc: ASC})");
        var none = await NamesAsync(anonymous, "product(where: {sku_starts_with: \"9\"})");

        Assert.Equal(["Product 2"], bySku);
        Assert.Equal(["Product 1"], byCode);
        Assert.Equal(["Product 2"], byOr);
        Assert.Equal(["Product 1", "Product 2"], orAlone);
        Assert.Empty(none);
    }

    [SkippableFact]
    public async Task TypeNamedParts_AreCollapsedOntoTheirType_AndFilterByValue()
    {
        using var anonymous = await AnonymousAsync();

        var data = await GraphQLCalls.DataAsync(anonymous, """
            {
              numberType(where: {value: 123}) { value }
              stringType(where: {value: "Text123"}) { value }
              twoNumbersType(where: {field1: 200}) { field1 field2 }
              twoNumbers: twoNumbersType(where: {field1: 100, field2: 200}) { field1 field2 }
              wrongNumber: numberType(where: {value: 124}) { value }
            }
            """);

        Assert.Equal(123m, Assert.Single(data["numberType"]!.AsArray())!["value"]!.GetValue<decimal>());
        Assert.Equal("Text123", Assert.Single(data["stringType"]!.AsArray())!["value"]!.GetValue<string>());
        Assert.Empty(data["twoNumbersType"]!.AsArray());
        Assert.Equal(200m, Assert.Single(data["twoNumbers"]!.AsArray())!["field2"]!.GetValue<decimal>());
        Assert.Empty(data["wrongNumber"]!.AsArray());
    }

    [SkippableFact]
    public async Task Product_PagesAndOrders_ByItemColumnsAndByFields()
    {
        using var anonymous = await AnonymousAsync();

        var byNameDesc = await NamesAsync(anonymous, "product(orderBy: {displayText: DESC})");
        var byNameAsc = await NamesAsync(anonymous, "product(orderBy: {displayText: ASC})");
        var byPriceDesc = await NamesAsync(anonymous, "product(orderBy: {price: {amount: DESC}})");
        var bySkuAsc = await NamesAsync(anonymous, "product(orderBy: {sku: ASC})");
        var byDateDesc = await NamesAsync(anonymous, "product(orderBy: {metadataAvailabilityDate: DESC})");
        var firstPage = await NamesAsync(anonymous, "product(first: 1, orderBy: {displayText: ASC})");
        var secondPage = await NamesAsync(anonymous, "product(first: 1, skip: 1, orderBy: {displayText: ASC})");
        var pastTheEnd = await NamesAsync(anonymous, "product(first: 1, skip: 2, orderBy: {displayText: ASC})");

        Assert.Equal(["Product 2", "Product 1"], byNameDesc);
        Assert.Equal(["Product 1", "Product 2"], byNameAsc);
        Assert.Equal(["Product 2", "Product 1"], byPriceDesc);
        Assert.Equal(["Product 1", "Product 2"], bySkuAsc);
        Assert.Equal(["Product 2", "Product 1"], byDateDesc);
        Assert.Equal(["Product 1"], firstPage);
        Assert.Equal(["Product 2"], secondPage);
        Assert.Empty(pastTheEnd);
    }

    [SkippableFact]
    public async Task Product_FiltersOnTheItemsDates()
    {
        using var anonymous = await AnonymousAsync();

        var since2000 = await NamesAsync(anonymous, "product(where: {createdUtc_gt: \"2000-01-01T00:00:00Z\", publishedUtc_lte: \"2999-12-31T23:59:59Z\"}, orderBy: {displayText: ASC})");
        var before2000 = await NamesAsync(anonymous, "product(where: {modifiedUtc_lt: \"2000-01-01T00:00:00Z\"})");
        var withOffset = await NamesAsync(anonymous, "product(where: {createdUtc_gte: \"2000-01-01T05:00:00+05:00\"}, orderBy: {displayText: ASC})");

        Assert.Equal(["Product 1", "Product 2"], since2000);
        Assert.Empty(before2000);
        Assert.Equal(["Product 1", "Product 2"], withOffset);
    }

    [SkippableFact]
    public async Task TextFilters_CompareTheSameWay_OnEveryStore()
    {
        using var anonymous = await AnonymousAsync();

        var startsLower = await NamesAsync(anonymous, "product(where: {displayText_starts_with: \"product\"})");
        var containsLower = await NamesAsync(anonymous, "product(where: {displayText_contains: \"duct 2\"})");
        var endsUpper = await NamesAsync(anonymous, "product(where: {sku_ends_with: \"-44\"})");
        var equalsLower = await NamesAsync(anonymous, "product(where: {displayText: \"product 1\"})");
        var greater = await NamesAsync(anonymous, "product(where: {sku_gt: \"3000-01\"})");
        var wildcard = await NamesAsync(anonymous, "product(where: {sku_contains: \"_\"})");

        Assert.Empty(startsLower);
        Assert.Equal(["Product 2"], containsLower);
        Assert.Equal(["Product 2"], endsUpper);
        Assert.Empty(equalsLower);
        Assert.Equal(["Product 2"], greater);
        Assert.Empty(wildcard);
    }

    [SkippableFact]
    public async Task NumberFilters_CompareAsNumbers_NotAsText()
    {
        using var anonymous = await AnonymousAsync();

        var above9 = await NamesAsync(anonymous, "product(where: {price: {amount_gt: 9}}, orderBy: {displayText: ASC})");
        var below9 = await NamesAsync(anonymous, "product(where: {price: {amount_lt: 9.5}})");
        var upTo100 = await NamesAsync(anonymous, "product(where: {price: {amount_lte: 100}}, orderBy: {displayText: ASC})");
        var listed = await NamesAsync(anonymous, "product(where: {price: {amount_in: [10.0, 22]}}, orderBy: {displayText: ASC})");
        var notTen = await NamesAsync(anonymous, "product(where: {price: {amount_not: 10.00}})");
        var ascending = await NamesAsync(anonymous, "product(orderBy: {price: {amount: ASC}})");

        Assert.Equal(["Product 1", "Product 2"], above9);
        Assert.Empty(below9);
        Assert.Equal(["Product 1", "Product 2"], upTo100);
        Assert.Equal(["Product 1", "Product 2"], listed);
        Assert.Equal(["Product 2"], notTen);
        Assert.Equal(["Product 1", "Product 2"], ascending);
    }

    [SkippableFact]
    public async Task ProductConnection_CountsAndPagesWithCursors()
    {
        using var anonymous = await AnonymousAsync();

        var first = await GraphQLCalls.DataAsync(anonymous,
            "{ productConnection(first: 1, orderBy: {displayText: ASC}) { totalCount pageInfo { hasNextPage endCursor } nodes { displayText } } }");
        var connection = first["productConnection"]!;
        var cursor = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
        var next = await GraphQLCalls.DataAsync(anonymous,
            "query($after: String) { productConnection(first: 1, after: $after, orderBy: {displayText: ASC}) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor node { displayText } } } }",
            new JsonObject { ["after"] = cursor });

        Assert.Equal(2, connection["totalCount"]!.GetValue<int>());
        Assert.True(connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal("Product 1", connection["nodes"]![0]!["displayText"]!.GetValue<string>());
        var page = next["productConnection"]!;
        Assert.Equal("Product 2", Assert.Single(page["edges"]!.AsArray())!["node"]!["displayText"]!.GetValue<string>());
        Assert.False(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    /// <summary>An anonymous client of the site with the sample imported (importing it again changes nothing).</summary>
    private async Task<HttpClient> AnonymousAsync()
    {
        var path = RepositoryFiles.OrchardSample("dynamic-content-type.recipe.json");
        var result = await Site.ImportAsync(await File.ReadAllTextAsync(path), "dynamic-content-type.recipe.json", Path.GetDirectoryName(path));
        Assert.True(result.Items.Values.Sum() >= 5, string.Join(", ", result.Items));
        return Site.CreateClient();
    }

    private static async Task<List<string>> NamesAsync(HttpClient client, string field)
    {
        var data = await GraphQLCalls.DataAsync(client, "{ items: " + field + " { displayText } }");
        return [.. data["items"]!.AsArray().Select(i => i!["displayText"]!.GetValue<string>())];
    }
}

public sealed class OrchardSampleQuerySqliteTests(SqliteSite fixture) : OrchardSampleQueryTests(fixture), IClassFixture<SqliteSite>;

public sealed class OrchardSampleQueryPostgresTests(PostgresSite fixture) : OrchardSampleQueryTests(fixture), IClassFixture<PostgresSite>;

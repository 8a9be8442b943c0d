using CrmSite.GraphQL.Querying;
using CrmSite.GraphQL.Schema;

namespace CrmSite.Tests.Unit.GraphQL;

public sealed class GraphNamesTests
{
    [Theory]
    [InlineData("FactSheet", "factSheet")]
    [InlineData("TermsOfReference", "termsOfReference")]
    [InlineData("Field1", "field1")]
    [InlineData("my-type.v2", "mytypev2")]
    [InlineData("9lives", "lives")]
    public void Fields_are_camel_case_graphql_names(string name, string expected) => Assert.Equal(expected, GraphNames.Field(name));

    [Theory]
    [InlineData("MarkdownBodyPart", "markdownBody")]
    [InlineData("PricePart", "price")]
    [InlineData("Part", "part")]
    [InlineData("FactSheet", "factSheet")]
    public void Parts_lose_their_part_suffix(string name, string expected) => Assert.Equal(expected, GraphNames.Part(name));

    [Fact]
    public void Cursors_round_trip_and_refuse_made_up_text()
    {
        var cursor = ContentSchemaBuilder.Cursor.Encode(41);
        Assert.Equal(41, ContentSchemaBuilder.Cursor.Decode(cursor));
        Assert.Null(ContentSchemaBuilder.Cursor.Decode("not a cursor"));
        Assert.Null(ContentSchemaBuilder.Cursor.Decode(Convert.ToBase64String("x:1"u8.ToArray())));
        Assert.Null(ContentSchemaBuilder.Cursor.Decode(Convert.ToBase64String("p:-1"u8.ToArray())));
    }

    [Fact]
    public async Task A_batch_loader_fetches_the_keys_of_a_level_once()
    {
        var fetched = new List<IReadOnlyCollection<int>>();
        var loader = new BatchLoader<int, string?>((keys, _) =>
        {
            fetched.Add(keys);
            return Task.FromResult<IReadOnlyDictionary<int, string?>>(keys.Where(k => k != 3).ToDictionary(k => k, k => (string?)$"v{k}"));
        }, missing: null);
        var results = new[] { 1, 2, 3, 2 }.Select(loader.Load).ToList();
        Assert.Empty(fetched); // nothing runs until a result is awaited
        var values = new List<string?>();
        foreach (var result in results)
        {
            values.Add(await result.GetResultAsync());
        }
        Assert.Equal(["v1", "v2", null, "v2"], values);
        Assert.Single(fetched);
        Assert.Equal([1, 2, 3], fetched[0].Order());
        Assert.Equal("v1", await loader.Load(1).GetResultAsync()); // loaded keys are not fetched again
        Assert.Equal(1, loader.Batches);
    }
}

using System.Text.Json.Nodes;
using CrmSite.Content.Recipes;
using CrmSite.Search.SavedQueries;

namespace CrmSite.Tests.Unit.Search.SavedQueries;

public sealed class QueriesStepTests
{
    private const string Template = """{ "query": { "term": { "Content.ContentItem.ContentType": "FactSheet" } }, "size": {{ size | default: 10 }} }""";

    private readonly QueryTemplates _templates = new();

    [Fact]
    public void Read_ReadsALuceneQuery_WhenItHasTheClassicShape()
    {
        var context = Context(new JsonObject
        {
            ["Source"] = "Lucene", ["Name"] = "RecentFactSheets", ["Index"] = "search", ["Template"] = Template,
            ["Schema"] = """{ "type": "object" }""", ["ReturnContentItems"] = true,
        });

        var query = Assert.Single(QueriesStep.Read(context, _templates));

        Assert.Equal("RecentFactSheets", query.Name);
        Assert.Equal("search", query.Index);
        Assert.Equal(Template, query.Template);
        Assert.Equal("""{ "type": "object" }""", query.Schema);
        Assert.True(query.ReturnContentItems);
        Assert.Empty(context.Result.Warnings);
    }

    [Fact]
    public void Read_ReadsALuceneQuery_WhenIndexAndTemplateAreUnderProperties()
    {
        var context = Context(new JsonObject
        {
            ["Source"] = "Lucene", ["Name"] = "Newer", ["ReturnContentItems"] = false,
            ["Properties"] = new JsonObject { ["LuceneQueryMetadata"] = new JsonObject { ["Index"] = "latest", ["Template"] = Template } },
        });

        var query = Assert.Single(QueriesStep.Read(context, _templates));

        Assert.Equal("latest", query.Index);
        Assert.Equal(Template, query.Template);
        Assert.False(query.ReturnContentItems);
    }

    [Fact]
    public void Read_SkipsTheQueryWithAWarning_WhenTheSourceIsSql()
    {
        var context = Context(new JsonObject { ["Source"] = "Sql", ["Name"] = "AllUsers", ["Template"] = "select * from Users" });

        var queries = QueriesStep.Read(context, _templates);

        Assert.Empty(queries);
        Assert.Contains(context.Result.Warnings, w => w.Contains("'AllUsers'", StringComparison.Ordinal) && w.Contains("SQL", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"Source":"Elasticsearch","Name":"Elastic","Index":"search","Template":"{}"}""", "'Elastic'")]
    [InlineData("""{"Source":"Lucene","Name":"NoIndex","Template":"{}"}""", "'NoIndex' has no Index")]
    [InlineData("""{"Source":"Lucene","Name":"NoTemplate","Index":"search"}""", "'NoTemplate' has no Template")]
    [InlineData("""{"Source":"Lucene","Name":"BadLiquid","Index":"search","Template":"{% if %}"}""", "'BadLiquid': the Template is not valid Liquid")]
    [InlineData("""{"Source":"Lucene","Index":"search","Template":"{}"}""", "query 1 has no Name")]
    [InlineData("""{"Source":"Lucene","Name":"Ends_","Index":"search","Template":"{}"}""", "'Ends_'")]
    [InlineData("""{"Source":"Lucene","Name":"has space","Index":"search","Template":"{}"}""", "'has space'")]
    public void Read_FailsNamingTheStepAndTheQuery_WhenAQueryIsWrong(string entry, string words)
    {
        var context = Context(JsonNode.Parse(entry)!.AsObject());

        var error = Assert.Throws<RecipeException>(() => QueriesStep.Read(context, _templates));

        Assert.Contains("'Queries'", error.Message, StringComparison.Ordinal);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    private static RecipeStepContext Context(params JsonObject[] queries) =>
        new(new JsonObject { ["name"] = "Queries", ["Queries"] = new JsonArray([.. queries]) }, 1, "test", null, new RecipeResult(), 0);
}

using System.Text.Json.Nodes;
using CrmSite.Search.SavedQueries;

namespace CrmSite.Tests.Unit.Search.SavedQueries;

public sealed class QueryTemplatesTests
{
    private readonly QueryTemplates _templates = new();

    [Fact]
    public async Task RenderAsync_SubstitutesParameters_WhenTheyAreGiven()
    {
        var query = Query("""{"size": {{ size | default: 10 }}, "term": "{{ term }}"}""");

        var json = await RenderAsync(query, """{"size": 3, "term": "child rights"}""");

        Assert.Equal(3, json["size"]!.GetValue<int>());
        Assert.Equal("child rights", json["term"]!.GetValue<string>());
    }

    [Fact]
    public async Task RenderAsync_UsesTheTemplatesDefault_WhenAParameterIsMissing()
    {
        var json = await RenderAsync(Query("""{"size": {{ size | default: 10 }}}"""), "{}");

        Assert.Equal(10, json["size"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("a\" } }, \"size\": 1000, \"x\": { \"y\": \"")]
    [InlineData("back\\slash\\")]
    [InlineData("</script> کم عمری کی شادی \n\t")]
    public async Task RenderAsync_KeepsAStringInsideItsQuotes_WhenItHoldsQuotesOrBackslashes(string term)
    {
        var query = Query("""{"query": {"term": {"Title": "{{ term }}"}}, "size": 5}""");

        var json = await RenderAsync(query, new JsonObject { ["term"] = term }.ToJsonString());

        Assert.Equal(term, json["query"]!["term"]!["Title"]!.GetValue<string>());
        Assert.Equal(5, json["size"]!.GetValue<int>());
        Assert.Equal(2, json.Count);
    }

    [Fact]
    public async Task RenderAsync_WritesAnArrayAsJson_WhenTheJsonAndRawFiltersAreUsed()
    {
        var json = await RenderAsync(Query("""{"terms": {{ tags | json | raw }}, "first": "{{ tags[0] }}", "nested": "{{ o.x }}"}"""),
            """{"tags": ["a\"b", "c"], "o": {"x": "y"}}""");

        Assert.Equal(["a\"b", "c"], json["terms"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("a\"b", json["first"]!.GetValue<string>());
        Assert.Equal("y", json["nested"]!.GetValue<string>());
    }

    [Fact]
    public async Task RenderAsync_ThrowsNamingParameters_WhenTheTemplateRunsTooLong()
    {
        var query = Query("{% for i in (1..1000000) %}{{ i }}{% endfor %}");

        var error = await Assert.ThrowsAsync<QueryTemplateException>(() => _templates.RenderAsync(query, []));

        Assert.Equal("parameters", error.Member);
    }

    [Fact]
    public async Task RenderAsync_ThrowsNamingParameters_WhenANumberIsBeyondLiquid()
    {
        var error = await Assert.ThrowsAsync<QueryTemplateException>(() =>
            _templates.RenderAsync(Query("{{ size }}"), JsonNode.Parse("""{"size": 1e300}""")!.AsObject()));

        Assert.Equal("parameters", error.Member);
        Assert.Contains("parameters.size", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_RendersTheNewTemplate_WhenTheQueryWasReplaced()
    {
        await _templates.RenderAsync(Query("""{"size": 1}"""), []);

        var rendered = await _templates.RenderAsync(Query("""{"size": 2}"""), []);

        Assert.Equal("""{"size": 2}""", rendered);
    }

    [Fact]
    public void Check_ReturnsTheParsersMessage_WhenTheTemplateIsNotLiquid()
    {
        Assert.Null(_templates.Check("{{ size }}"));
        Assert.NotNull(_templates.Check("{% for %}"));
    }

    private static SavedQuery Query(string template) => new() { Name = "Test", Index = "search", Template = template };

    private async Task<JsonObject> RenderAsync(SavedQuery query, string parameters) =>
        JsonNode.Parse(await _templates.RenderAsync(query, JsonNode.Parse(parameters)!.AsObject()))!.AsObject();
}

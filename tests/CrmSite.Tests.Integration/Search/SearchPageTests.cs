using System.Net;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Search;

/// <summary>The visitor search page <c>/search</c> as a browser without JavaScript sees it.</summary>
public sealed class SearchPageTests(SqliteSite fixture) : IClassFixture<SqliteSite>
{
    private SiteFactory Site => fixture.Site;

    [Fact]
    public async Task SearchPage_ShowsTheForm_WhenNothingIsAsked()
    {
        using var client = Site.CreateClient();

        using var response = await client.GetAsync("/search");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"get\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"q\" type=\"search\"", html, StringComparison.Ordinal);
        Assert.Contains("role=\"combobox\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("results-heading", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_ListsHighlightedHitsAndFacets_WhenWordsMatch()
    {
        using var client = Site.CreateClient();
        await SiteSearchWaits.UntilFoundAsync(client, "stunting");

        using var response = await client.GetAsync("/search?q=stunting");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"<h2 id=""results-heading"">\d+ results</h2>", html);
        Assert.Contains("<ol class=\"hits\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"?q=stunting&amp;type=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_KeepsTheOtherFiltersInEveryLink_WhenAFilterIsChosen()
    {
        using var client = Site.CreateClient();
        await SiteSearchWaits.UntilFoundAsync(client, "child");

        var html = await client.GetStringAsync("/search?q=child&type=FactSheet");

        Assert.Contains("<a href=\"?q=child\" aria-current=\"true\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"?q=child&amp;culture=ur&amp;type=FactSheet\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"?q=child&amp;type=FactSheet\" aria-current=\"true\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_LinksToOtherPages_WhenThereIsMoreThanOnePage()
    {
        using var client = Site.CreateClient();
        await SiteSearchWaits.UntilFoundAsync(client, "child");

        var first = await client.GetStringAsync("/search?q=child");
        var second = await client.GetStringAsync("/search?q=child&page=2");

        Assert.Contains("<nav class=\"paging\" aria-label=\"Result pages\">", first, StringComparison.Ordinal);
        Assert.Contains("<a href=\"?q=child&amp;page=2\" rel=\"next\">", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
        Assert.Contains("<a href=\"?q=child\" rel=\"prev\">", second, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Page 2\" aria-current=\"page\"", second, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"hits\" start=\"11\">", second, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?lang=ur")]
    [InlineData("/search?culture=ur&q=%DA%A9%D9%85")]
    public async Task SearchPage_IsUrduRightToLeft_WhenLangOrCultureIsUrdu(string url)
    {
        using var client = Site.CreateClient();

        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"ur\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>تلاش</h1>", html, StringComparison.Ordinal);
        Assert.Contains("lang=en", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=child&page=abc", "Page must be a number")]
    [InlineData("/search?q=child&page=0", "Page must be between 1 and")]
    [InlineData("/search?q=child&year=next", "Year must be a year")]
    public async Task SearchPage_Answers400WithTheProblem_WhenAParameterIsBad(string url, string message)
    {
        using var client = Site.CreateClient();

        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_EncodesMarkup_WhenATitleHoldsHtml()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");
        await Pages.CreateAsync(editor, Pages.New("<script>alert('xylophonic')</script> xylophonic", markdown: "xylophonic <b>bold</b>"));
        using var client = Site.CreateClient();
        await SiteSearchWaits.UntilFoundAsync(client, "xylophonic");

        using var response = await client.GetAsync("/search?q=xylophonic");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchScript_IsServed_WhenThePageLinksIt()
    {
        using var client = Site.CreateClient();

        using var response = await client.GetAsync("/_content/CrmSite.Search/search.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("aria-activedescendant", script, StringComparison.Ordinal);
    }
}

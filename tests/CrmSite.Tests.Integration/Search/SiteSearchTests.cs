using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Search;

/// <summary>The visitor search API over the seeded content: words, highlights, facets, filters, suggestions, errors.</summary>
public abstract class SiteSearchTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task Search_FindsSeededSheet_WithMarkedWordsAndFacets()
    {
        using var anonymous = Site.CreateClient();

        var result = await SiteSearches.UntilAsync(anonymous, SiteSearches.Q("stunting"), r => r["total"]!.GetValue<int>() > 0);

        var hit = result["hits"]![0]!;
        Assert.Contains("<mark>", hit["snippet"]!.GetValue<string>() + hit["titleHtml"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(SiteSearches.Facet(result, "type"), v => v["value"]!.GetValue<string>() == "FactSheet" && v["count"]!.GetValue<int>() > 0);
        Assert.All(result["hits"]!.AsArray(), h => Assert.Contains("stunt", h!.ToJsonString(), StringComparison.OrdinalIgnoreCase));
    }

    [SkippableFact]
    public async Task Documents_ShowOnlyOrchardFields_NotTheSiteSearchOnes()
    {
        using var anonymous = Site.CreateClient();
        await SiteSearches.UntilAsync(anonymous, SiteSearches.Q("stunting"), r => r["total"]!.GetValue<int>() > 0);

        var documents = await LuceneQueries.QueryAsync(anonymous, "search",
            """{"query":{"term":{"Content.ContentItem.ContentType":"FactSheet"}},"size":3}""", "/api/lucene/documents");

        var fields = documents["items"]!.AsArray().SelectMany(d => d!.AsObject().Select(f => f.Key)).ToList();
        Assert.Contains("ContentItemId", fields);
        Assert.DoesNotContain(fields, f => f.StartsWith("Site.", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("کم عمری کی شادی", "factsheetchildmarriage")] // the English sheet, through the synonym
    [InlineData("child marriage", "factsheetchildmarriageur")] // the Urdu sheet, through the synonym
    [InlineData("كم عمري كي شادي", "factsheetchildmarriageur")] // Arabic letter forms find Urdu ones
    [InlineData("labourers", "factsheetchildlabour")] // English stemming
    public async Task Search_FindsTheSheet_AcrossLanguagesAndLetterForms(string words, string expected)
    {
        using var anonymous = Site.CreateClient();

        var result = await SiteSearches.UntilAsync(anonymous, SiteSearches.Q(words) + "&type=FactSheet",
            r => SiteSearches.Ids(r).Contains(expected));

        Assert.Contains(expected, SiteSearches.Ids(result));
        var hit = result["hits"]!.AsArray().First(h => h!["contentItemId"]!.GetValue<string>() == expected)!;
        Assert.Contains("<mark>", hit["snippet"]!.GetValue<string>() + hit["titleHtml"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Filters_NarrowTheHits_AndAChosenFacetStillCountsItsOtherValues()
    {
        using var anonymous = Site.CreateClient();
        await SiteSearches.UntilAsync(anonymous, SiteSearches.Q("child"), r => r["total"]!.GetValue<int>() > 0);

        var urdu = await SiteSearches.SearchAsync(anonymous, "type=FactSheet&culture=ur");
        var all = await SiteSearches.SearchAsync(anonymous, "type=FactSheet");

        Assert.Equal(3, urdu["total"]!.GetValue<int>());
        Assert.All(urdu["hits"]!.AsArray(), h => Assert.Equal("ur", h!["culture"]!.GetValue<string>()));
        var cultures = SiteSearches.Facet(urdu, "culture");
        Assert.Contains(cultures, v => v["value"]!.GetValue<string>() == "ur" && v["selected"]!.GetValue<bool>() && v["count"]!.GetValue<int>() == 3);
        Assert.Contains(cultures, v => v["value"]!.GetValue<string>() == "en" && !v["selected"]!.GetValue<bool>() && v["count"]!.GetValue<int>() == 7);
        Assert.Equal(10, all["total"]!.GetValue<int>());
        Assert.Contains(SiteSearches.Facet(all, "topic"), v => v["label"]!.GetValue<string>() == "Child marriage");
        Assert.Contains(SiteSearches.Facet(all, "chapter"), v => v["count"]!.GetValue<int>() > 0);
    }

    [SkippableFact]
    public async Task Publishing_IsSearchableWithinSeconds_UnpublishingRemovesIt_AndDraftsAreNeverFound()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");
        using var anonymous = Site.CreateClient();
        var word = "zq" + Guid.NewGuid().ToString("N")[..8];
        var draft = Pages.Id(await Pages.CreateAsync(editor, $"Draft {word}", draft: true));
        var marker = Pages.Id(await Pages.CreateAsync(editor, $"Marker {word}m"));
        await SiteSearches.UntilAsync(anonymous, SiteSearches.Q(word + "m"), r => r["total"]!.GetValue<int>() == 1);

        var draftSearch = await SiteSearches.SearchAsync(anonymous, SiteSearches.Q(word));
        var draftSuggestions = await SiteSearches.SuggestAsync(anonymous, word);
        var published = System.Diagnostics.Stopwatch.StartNew();
        using var publish = await editor.PostAsync($"/api/content/{draft}/publish", null);
        var found = await SiteSearches.UntilAsync(anonymous, SiteSearches.Q(word), r => SiteSearches.Ids(r).Contains(draft), seconds: 5);
        var findable = published.Elapsed;
        using var unpublish = await editor.PostAsync($"/api/content/{draft}/unpublish", null);
        var gone = await SiteSearches.UntilAsync(anonymous, SiteSearches.Q(word), r => r["total"]!.GetValue<int>() == 0, seconds: 5);
        var goneSuggestions = await SiteSearches.SuggestAsync(anonymous, word[..6]);

        Assert.Equal(0, draftSearch["total"]!.GetValue<int>());
        Assert.Contains(draftSuggestions, s => s["contentItemId"]?.GetValue<string>() == marker);
        Assert.DoesNotContain(draftSuggestions, s => s["contentItemId"]?.GetValue<string>() == draft);
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.Contains(draft, SiteSearches.Ids(found));
        Assert.True(findable < TimeSpan.FromSeconds(3), $"found after {findable.TotalMilliseconds:F0} ms");
        Assert.Equal(HttpStatusCode.OK, unpublish.StatusCode);
        Assert.Empty(SiteSearches.Ids(gone));
        Assert.DoesNotContain(goneSuggestions, g => g["text"]!.GetValue<string>() == word);
    }

    [SkippableFact]
    public async Task Suggest_CompletesTheWordAndOffersItems()
    {
        using var anonymous = Site.CreateClient();
        await SiteSearches.UntilAsync(anonymous, SiteSearches.Q("stunting"), r => r["total"]!.GetValue<int>() > 0);

        var english = await SiteSearches.SuggestAsync(anonymous, "stun");
        var urdu = await SiteSearches.SuggestAsync(anonymous, "شاد");

        Assert.Contains(english, s => s["text"]!.GetValue<string>() == "stunting" && s["contentItemId"] is null);
        Assert.Contains(english, s => s["contentItemId"] is not null);
        Assert.Contains(urdu, s => s["text"]!.GetValue<string>().StartsWith("شاد", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Search_EncodesHtmlInTitlesAndText()
    {
        using var editor = await Site.CreateApiClientAsync("Editor");
        using var anonymous = Site.CreateClient();
        var word = "zh" + Guid.NewGuid().ToString("N")[..8];
        var page = Pages.New($"<script>alert(1)</script> {word}", markdown: $"<img src=x onerror=alert(1)> {word} & more");
        await Pages.CreateAsync(editor, page);

        var result = await SiteSearches.UntilAsync(anonymous, SiteSearches.Q(word), r => r["total"]!.GetValue<int>() == 1);

        var hit = result["hits"]![0]!;
        Assert.StartsWith("&lt;script&gt;", hit["titleHtml"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("<img", hit["snippet"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains($"<mark>{word}</mark>", hit["snippet"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("page=0", "page")]
    [InlineData("page=x", "page")]
    [InlineData("year=20x3", "year")]
    [InlineData("year=0", "year")]
    public async Task Search_Returns400NamingTheParameter_WhenItIsWrong(string query, string member)
    {
        using var anonymous = Site.CreateClient();

        await AssertBadRequestAsync(await anonymous.GetAsync("/api/search?q=child&" + query), member);
    }

    [SkippableFact]
    public async Task Search_Returns400_WhenTheTextIsTooLong()
    {
        using var anonymous = Site.CreateClient();

        await AssertBadRequestAsync(await anonymous.GetAsync("/api/search?q=" + new string('a', 201)), "q");
        await AssertBadRequestAsync(await anonymous.GetAsync("/api/search/suggest?q=" + new string('a', 201)), "q");
    }

    private static async Task AssertBadRequestAsync(HttpResponseMessage response, string member)
    {
        using (response)
        {
            var body = await response.Content.ReadFromJsonAsync<JsonObject>();
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.NotNull(body!["errors"]![member]);
        }
    }
}

public sealed class SiteSearchSqliteTests(SqliteSite fixture) : SiteSearchTests(fixture), IClassFixture<SqliteSite>;

public sealed class SiteSearchPostgresTests(PostgresSite fixture) : SiteSearchTests(fixture), IClassFixture<PostgresSite>;

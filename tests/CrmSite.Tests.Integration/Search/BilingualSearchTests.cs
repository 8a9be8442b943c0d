using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Search;

/// <summary>The seeded search index in English and Urdu: letter forms, diacritics, stemming and synonyms.</summary>
public abstract class BilingualSearchTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableTheory]
    [InlineData("كم عمري كي شادي", "factsheetchildmarriageur")] // Arabic kaf and yeh, text written with Urdu forms
    [InlineData("کَم عُمری کی شادی", "factsheetchildmarriageur")] // with diacritics
    [InlineData("اسكول سے باهر", "factsheeteducationur")] // Arabic kaf and heh
    [InlineData("labourers", "factsheetchildlabour")] // English stemming
    [InlineData("child marriage", "factsheetchildmarriageur")] // synonym: finds the Urdu sheet
    [InlineData("کم عمری کی شادی", "factsheetchildmarriage")] // synonym: finds the English sheet
    public async Task FullTextMatch_FindsTheSheet_WhateverTheLetterFormsOrLanguage(string words, string expected)
    {
        using var anonymous = Site.CreateClient();
        var query = new JsonObject
        {
            ["query"] = new JsonObject { ["match"] = new JsonObject { ["Content.ContentItem.FullText"] = words } },
            ["size"] = 50,
        }.ToJsonString();

        var result = await LuceneQueries.UntilAsync(anonymous, "search", query, r => LuceneQueries.Ids(r).Contains(expected));

        Assert.Contains(expected, LuceneQueries.Ids(result));
    }
}

public sealed class BilingualSearchSqliteTests(SqliteSite fixture) : BilingualSearchTests(fixture), IClassFixture<SqliteSite>;

public sealed class BilingualSearchPostgresTests(PostgresSite fixture) : BilingualSearchTests(fixture), IClassFixture<PostgresSite>;

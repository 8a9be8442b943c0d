using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using CrmSite.Benchmarks.Search;
using CrmSite.Content.Items;
using Microsoft.Data.Sqlite;

namespace CrmSite.Benchmarks.Admin;

/// <summary>
/// The admin content list (<c>/admin/content/FactSheet</c>), page 1 of the published fact sheets of one chapter,
/// newest first, as a signed-in editor: on a site holding 100,000 fact sheets against the same page on a site
/// holding 1,000 (the baseline). Rows are written straight into each site's SQLite file (versions and the chapter
/// picker's field index, spread over eight chapters, a quarter of them drafts), as the content store writes them.
/// Latency distribution of 2,000 calls each (<see cref="LatencyConfig"/>).
/// </summary>
[Config(typeof(LatencyConfig))]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet drives the lifetime: [GlobalCleanup] disposes.")]
public class AdminListBenchmarks
{
    private const string Path = "/admin/content/FactSheet?chapter=chapterbench3&status=published";
    private const string AdminUser = "bench-admin";
    private const string AdminPassword = "Bench-Admin-Password-1";

    private SearchSite _small = null!;
    private SearchSite _large = null!;
    private HttpClient _smallClient = null!;
    private HttpClient _largeClient = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        (_small, _smallClient) = await StartAsync(1_000);
        (_large, _largeClient) = await StartAsync(100_000);
    }

    [Benchmark(Baseline = true, Description = "List page, 1,000 fact sheets")]
    public Task<int> Small() => GetAsync(_smallClient);

    [Benchmark(Description = "List page, 100,000 fact sheets")]
    public Task<int> Large() => GetAsync(_largeClient);

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _smallClient.Dispose();
        _largeClient.Dispose();
        await _small.DisposeAsync();
        await _large.DisposeAsync();
    }

    private static async Task<int> GetAsync(HttpClient client)
    {
        using var response = await client.GetAsync(Path);
        return (await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync()).Length;
    }

    private static async Task<(SearchSite Site, HttpClient Client)> StartAsync(int items)
    {
        var site = SearchSite.Start(preparedData: null, kestrel: true);
        await site.WaitForIndexesAsync(TimeSpan.FromMinutes(2));
        await InsertFactSheetsAsync(site.Factory.DatabaseFile, items);
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = site.Address };
        using var login = await client.PostAsJsonAsync("/api/account/login", new { userName = AdminUser, password = AdminPassword });
        login.EnsureSuccessStatusCode();
        // Every chapter's page must list 20 items, or the benchmark would measure an empty page.
        var html = await client.GetStringAsync(Path);
        if (!html.Contains(", page 1", StringComparison.Ordinal) || html.Split("<th scope=\"row\">").Length != 21)
        {
            throw new InvalidOperationException("The list did not show a full page of 20: " + html[..Math.Min(html.Length, 600)]);
        }
        return (site, client);
    }

    private static async Task InsertFactSheetsAsync(string databaseFile, int count)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var version = connection.CreateCommand();
        version.Transaction = transaction;
        version.CommandText = """
            INSERT INTO ContentItems (ContentItemId, ContentItemVersionId, ContentType, DisplayText, Latest, Published, Number, Owner, Author,
                CreatedUtc, ModifiedUtc, PublishedUtc, Data)
            VALUES ($id, $version, 'FactSheet', $title, 1, $published, 1, 'bench', 'bench', $created, $modified, $publishedUtc, $data)
            """;
        var parameters = new[] { "$id", "$version", "$title", "$published", "$created", "$modified", "$publishedUtc", "$data" }
            .ToDictionary(n => n, n => version.Parameters.Add(n, SqliteType.Text));
        await using var field = connection.CreateCommand();
        field.Transaction = transaction;
        field.CommandText = """
            INSERT INTO FieldIndex (ContentItemId, ContentItemVersionId, ContentType, PartName, FieldName, Text)
            VALUES ($id, $version, 'FactSheet', 'FactSheet', 'Chapter', $chapter)
            """;
        var fieldId = field.Parameters.Add("$id", SqliteType.Text);
        var fieldVersion = field.Parameters.Add("$version", SqliteType.Text);
        var fieldChapter = field.Parameters.Add("$chapter", SqliteType.Text);
        var start = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < count; i++)
        {
            var id = IdGenerator.FromSeed("bench-sheet-" + i.ToString(CultureInfo.InvariantCulture));
            var versionId = IdGenerator.FromSeed("bench-sheet-version-" + i.ToString(CultureInfo.InvariantCulture));
            var chapter = "chapterbench" + (i % 8).ToString(CultureInfo.InvariantCulture);
            var published = i % 4 != 0;
            var modified = Stamp(start.AddMinutes(i));
            var modifiedJson = start.AddMinutes(i).ToString("O", CultureInfo.InvariantCulture);
            var title = $"Fact sheet {i:000000}";
            parameters["$id"].Value = id;
            parameters["$version"].Value = versionId;
            parameters["$title"].Value = title;
            parameters["$published"].Value = published ? 1 : 0;
            parameters["$created"].Value = modified;
            parameters["$modified"].Value = modified;
            parameters["$publishedUtc"].Value = published ? modified : DBNull.Value;
            parameters["$data"].Value = new JsonObject
            {
                ["ContentItemId"] = id,
                ["ContentItemVersionId"] = versionId,
                ["ContentType"] = "FactSheet",
                ["DisplayText"] = title,
                ["Latest"] = true,
                ["Published"] = published,
                ["Owner"] = "bench",
                ["Author"] = "bench",
                ["CreatedUtc"] = modifiedJson,
                ["ModifiedUtc"] = modifiedJson,
                ["TitlePart"] = new JsonObject { ["Title"] = title },
                ["LocalizationPart"] = new JsonObject { ["Culture"] = "en", ["LocalizationSet"] = id },
                ["FactSheet"] = new JsonObject
                {
                    ["Chapter"] = new JsonObject { ["ContentItemIds"] = new JsonArray(chapter) },
                    ["Summary"] = new JsonObject { ["Text"] = $"A summary of {title}." },
                    ["Year"] = new JsonObject { ["Value"] = 2024 },
                },
            }.ToJsonString();
            await version.ExecuteNonQueryAsync();
            fieldId.Value = id;
            fieldVersion.Value = versionId;
            fieldChapter.Value = chapter;
            await field.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    // The text form EF Core's SQLite provider stores DateTime in.
    private static string Stamp(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}

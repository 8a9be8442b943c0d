using CrmSite.Content.Store;
using CrmSite.GraphQL.Querying;

namespace CrmSite.Tests.Unit.GraphQL;

/// <summary>Parsed versions shared between requests: reused only for the same row, and safe to read from many threads.</summary>
public sealed class ItemSnapshotsTests
{
    private const string Data = """
        {"ContentItemId":"item1","ContentItemVersionId":"v1","ContentType":"FactSheet","DisplayText":"Education",
         "FactSheet":{"Summary":{"Text":"Out of school"},"Topics":{"TermContentItemIds":["t1","t2","t3"]}},
         "ListPart":{"Items":[{"A":{"B":[1,2,{"C":"deep"}]}}]}}
        """;

    [Fact]
    public void Same_row_gives_the_same_parsed_item()
    {
        using var snapshots = new ItemSnapshots();

        var first = snapshots.Get(Row());
        var again = snapshots.Get(Row());

        Assert.Same(first, again);
        Assert.Equal("Education", again.DisplayText);
    }

    [Fact]
    public void Changed_json_or_flags_give_a_new_item()
    {
        using var snapshots = new ItemSnapshots();
        var original = snapshots.Get(Row());

        var edited = snapshots.Get(Row(data: Data.Replace("Education", "Schooling", StringComparison.Ordinal)));
        var unpublished = snapshots.Get(Row(data: Data.Replace("Education", "Schooling", StringComparison.Ordinal), published: false));
        var republished = snapshots.Get(Row(data: Data.Replace("Education", "Schooling", StringComparison.Ordinal), publishedUtc: new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc)));

        Assert.Equal("Education", original.DisplayText);
        Assert.NotSame(original, edited);
        Assert.Equal("Schooling", edited.DisplayText);
        Assert.True(edited.Published);
        Assert.False(unpublished.Published);
        Assert.Equal(new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc), republished.PublishedUtc);
    }

    [Fact]
    public async Task Shared_item_reads_the_same_from_many_threads_at_once()
    {
        using var snapshots = new ItemSnapshots();
        var item = snapshots.Get(Row());
        using var start = new ManualResetEventSlim();

        var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            start.Wait();
            var seen = new List<string>();
            for (var i = 0; i < 2000; i++)
            {
                var part = item.Part("FactSheet")!;
                seen.Add(part["Summary"]!["Text"]!.GetValue<string>() + string.Join(',', part["Topics"]!["TermContentItemIds"]!.AsArray().Select(t => t!.GetValue<string>()))
                    + item.Part("ListPart")!["Items"]![0]!["A"]!["B"]![2]!["C"]!.GetValue<string>());
            }
            return seen.Distinct().Single();
        })).ToList();
        start.Set();

        var answers = await Task.WhenAll(readers);

        Assert.All(answers, a => Assert.Equal("Out of schoolt1,t2,t3deep", a));
    }

    private static ContentItemRecord Row(string data = Data, bool published = true, DateTime? publishedUtc = null) => new()
    {
        ContentItemId = "item1",
        ContentItemVersionId = "v1",
        ContentType = "FactSheet",
        Latest = true,
        Published = published,
        PublishedUtc = publishedUtc ?? new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        Data = data,
    };
}

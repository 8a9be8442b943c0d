using CrmSite.Search.Indexes;
using CrmSite.Search.Indexing;
using CrmSite.Search.SiteSearch;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CrmSite.Tests.Unit.Search.SiteSearch;

/// <summary>Facet counts and type filters over an index on disk with several segments, deletions and multi-valued fields.</summary>
public sealed class FacetCounterTests : IDisposable
{
    private static readonly string[] Types = ["FactSheet", "Indicator", "Page"];

    private readonly string _folder = Directory.CreateTempSubdirectory("crmsite-facets-").FullName;
    private readonly IndexHolder _holder;
    private readonly List<(string Id, string Type, string[] Picked)> _live = [];

    public FacetCounterTests()
    {
        _holder = new IndexHolder(_folder, new IndexProfile { Name = "search", IndexedContentTypes = Types });
        var random = new Random(7);
        for (var i = 0; i < 900; i++)
        {
            var picked = Enumerable.Range(0, random.Next(0, 4)).Select(_ => "chapter-" + random.Next(6)).Distinct().ToArray();
            Add($"item-{i}", Types[random.Next(Types.Length)], picked);
            if (i % 250 == 249)
            {
                _holder.Writer.Commit();
            }
        }
        foreach (var id in new[] { "item-3", "item-300", "item-899" })
        {
            _holder.Writer.DeleteDocuments(new Term(ContentDocumentBuilder.IdField, id));
            _live.RemoveAll(l => l.Id == id);
        }
        _holder.Commit(cursor: 1, generation: 0);
    }

    [Fact]
    public void Counts_EveryValueOfEveryLiveHit_AcrossSegments()
    {
        var counter = Search(new MatchAllDocsQuery(), filter: null);

        Assert.True(Reader().Leaves.Count > 1, "the index should have several segments");
        Assert.Equal(_live.Count, counter.TotalHits);
        Assert.Equal(Expected(_live.Select(l => l.Type)), Sorted(counter.Counts(SiteFields.Type)));
        Assert.Equal(Expected(_live.SelectMany(l => l.Picked)), Sorted(counter.Counts(SiteFields.Picked)));
        Assert.Empty(counter.Counts(SiteFields.Year));
    }

    [Fact]
    public void Counts_OnlyTheHitsOfTheQuery()
    {
        var counter = Search(new TermQuery(new Term(SiteFields.Picked, "chapter-2")), filter: null);

        var hits = _live.Where(l => l.Picked.Contains("chapter-2")).ToList();
        Assert.Equal(hits.Count, counter.TotalHits);
        Assert.Equal(Expected(hits.Select(l => l.Type)), Sorted(counter.Counts(SiteFields.Type)));
        Assert.Equal(hits.Count, counter.Counts(SiteFields.Picked)["chapter-2"]);
    }

    [Fact]
    public void TypeFilter_KeepsOnlyTheVisibleTypes_AndIsNotNeeded_WhenEveryIndexedTypeIsVisible()
    {
        var filters = new TypeFilters();
        var profile = _holder.Profile;

        Assert.Null(filters.For(profile, [.. Types]));
        var filter = filters.For(profile, ["Page", "FactSheet"]);
        Assert.NotNull(filter);
        Assert.Same(filter, filters.For(profile, ["FactSheet", "Page"]));

        var counter = Search(new MatchAllDocsQuery(), filter);

        Assert.Equal(_live.Count(l => l.Type != "Indicator"), counter.TotalHits);
        Assert.DoesNotContain("Indicator", counter.Counts(SiteFields.Type).Keys);
        // An index of every type (no list in the profile) is always filtered: it may hold types nobody listed.
        Assert.NotNull(filters.For(new IndexProfile { Name = "all" }, [.. Types]));
    }

    public void Dispose()
    {
        _holder.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private void Add(string id, string type, string[] picked)
    {
        var document = new Document { new StringField(ContentDocumentBuilder.IdField, id, Field.Store.YES) };
        AddFacet(document, SiteFields.Type, type);
        foreach (var value in picked)
        {
            AddFacet(document, SiteFields.Picked, value);
        }
        _holder.Writer.AddDocument(document);
        _live.Add((id, type, picked));
    }

    private static void AddFacet(Document document, string field, string value)
    {
        document.Add(new StringField(field, value, Field.Store.NO));
        document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private FacetCounter Search(Query query, Filter? filter)
    {
        var searcher = _holder.Searchers.Acquire();
        try
        {
            var counter = new FacetCounter(TopScoreDocCollector.Create(10, docsScoredInOrder: true), SiteFields.Facets);
            searcher.Search(filter is null ? query : new FilteredQuery(query, filter), counter);
            return counter;
        }
        finally
        {
            _holder.Searchers.Release(searcher);
        }
    }

    private IndexReader Reader()
    {
        var searcher = _holder.Searchers.Acquire();
        try
        {
            return searcher.IndexReader;
        }
        finally
        {
            _holder.Searchers.Release(searcher);
        }
    }

    private static List<KeyValuePair<string, int>> Expected(IEnumerable<string> values) =>
        [.. values.GroupBy(v => v).Select(g => KeyValuePair.Create(g.Key, g.Count())).OrderBy(p => p.Key, StringComparer.Ordinal)];

    private static List<KeyValuePair<string, int>> Sorted(IReadOnlyDictionary<string, int> counts) =>
        [.. counts.OrderBy(p => p.Key, StringComparer.Ordinal)];
}

using CrmSite.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace CrmSite.Search.SiteSearch;

// The Lucene side of the site search: filters, one pass for hits and facet counts, and one more pass per chosen
// facet so its other values are counted without it (a visitor can switch from Punjab to Sindh in one step).
public sealed partial class SiteSearcher
{
    private const int MaxFacetValues = 20;

    private static readonly (string Facet, string Field)[] FacetFields =
    [
        ("culture", SiteFields.Culture), ("type", SiteFields.Type), ("chapter", SiteFields.Picked), ("topic", SiteFields.Term),
        ("year", SiteFields.Year),
    ];

    private static Dictionary<string, string> Filters(SiteSearchRequest request)
    {
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string field, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                filters[field] = value;
            }
        }
        Add(SiteFields.Culture, request.Culture);
        Add(SiteFields.Type, request.Type);
        Add(SiteFields.Picked, request.Chapter);
        Add(SiteFields.Term, request.Topic);
        Add(SiteFields.Year, request.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return filters;
    }

    private static void AddFilters(BooleanQuery query, Filter? types, IReadOnlyDictionary<string, string> filters, string? except)
    {
        if (types is not null)
        {
            query.Add(new ConstantScoreQuery(types) { Boost = 0 }, Occur.MUST);
        }
        foreach (var (field, value) in filters)
        {
            if (field != except)
            {
                query.Add(new ConstantScoreQuery(new TermQuery(new Term(field, value))) { Boost = 0 }, Occur.MUST);
            }
        }
    }

    private static BooleanQuery Build(SiteQuery text, Filter? types, IReadOnlyDictionary<string, string> filters, string? except)
    {
        var query = new BooleanQuery(disableCoord: true);
        query.Add(text.Text ?? new MatchAllDocsQuery(), Occur.MUST);
        AddFilters(query, types, filters, except);
        return query;
    }

    private static (int Total, List<(LuceneDocument Document, float Score)> Page, Dictionary<string, IReadOnlyDictionary<string, int>> Counts)? Search(
        IndexHolder holder, SiteQuery text, Filter? types, IReadOnlyDictionary<string, string> filters, int page)
    {
        (int, List<(LuceneDocument, float)>, Dictionary<string, IReadOnlyDictionary<string, int>>)? result = null;
        var searched = WithSearcher(holder, searcher =>
        {
            var top = TopScoreDocCollector.Create(page * PageSize, docsScoredInOrder: true);
            var counter = new FacetCounter(top, SiteFields.Facets);
            searcher.Search(Build(text, types, filters, except: null), counter);
            var counts = SiteFields.Facets.ToDictionary(f => f, counter.Counts, StringComparer.Ordinal);
            foreach (var field in filters.Keys)
            {
                var without = new FacetCounter(null, [field]);
                searcher.Search(Build(text, types, filters, except: field), without);
                counts[field] = without.Counts(field);
            }
            var found = top.GetTopDocs((page - 1) * PageSize, PageSize).ScoreDocs.Select(d => (searcher.Doc(d.Doc, HitFields), d.Score)).ToList();
            result = (counter.TotalHits, found, counts);
        });
        return searched ? result : null;
    }

    // False when the index was closed under us (reopened with new settings): the caller answers "unavailable".
    private static bool WithSearcher(IndexHolder holder, Action<IndexSearcher> search)
    {
        IndexSearcher searcher;
        try
        {
            searcher = holder.Searchers.Acquire();
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
        try
        {
            search(searcher);
            return true;
        }
        finally
        {
            holder.Searchers.Release(searcher);
        }
    }

    private static List<SearchFacet> Facets(Dictionary<string, IReadOnlyDictionary<string, int>> counts, IReadOnlyDictionary<string, string> filters,
        FacetLabels.Labels labels)
    {
        var facets = new List<SearchFacet>();
        foreach (var (name, field) in FacetFields)
        {
            string? Label(string value) => name switch
            {
                "culture" => FacetLabels.Labels.Culture(value),
                "type" => labels.Types.GetValueOrDefault(value, value),
                "chapter" => labels.Chapters.GetValueOrDefault(value),
                "topic" => labels.Terms.GetValueOrDefault(value),
                _ => value,
            };
            var selected = filters.GetValueOrDefault(field);
            var values = counts[field].Select(c => (c.Key, Label: Label(c.Key), c.Value)).Where(v => v.Label is not null).ToList();
            if (selected is not null && values.All(v => v.Key != selected))
            {
                values.Add((selected, Label(selected) ?? selected, 0));
            }
            var ordered = name == "year"
                ? values.OrderByDescending(v => v.Key, StringComparer.Ordinal)
                : values.OrderByDescending(v => v.Value).ThenBy(v => v.Label, StringComparer.CurrentCulture);
            facets.Add(new SearchFacet(name, [.. ordered.Take(MaxFacetValues)
                .Select(v => new FacetValue(v.Key, v.Label!, v.Value, v.Key == selected))]));
        }
        return facets;
    }
}

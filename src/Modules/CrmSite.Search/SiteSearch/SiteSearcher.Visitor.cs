using CrmSite.Content.Search;
using CrmSite.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace CrmSite.Search.SiteSearch;

// The visitor search as other modules ask for it (IVisitorSearch, e.g. GraphQL's search field): the same words, the
// same restriction to the types the caller may view and the same per-hit check as /api/search, but any window of
// hits (skip/take), any set of types and several highlighted fragments per hit, and no facets.
public sealed partial class SiteSearcher : IVisitorSearch
{
    private const int MaxHighlights = 3;

    public async Task<VisitorSearchResults?> SearchAsync(VisitorSearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Problem() is var (member, message))
        {
            throw new ArgumentException($"{member}: {message}", nameof(request));
        }
        if (await HolderAsync(cancellationToken) is not { } holder)
        {
            return null;
        }
        var text = SiteQuery.Parse(request.Query, holder.PlainAnalyzer, synonyms: holder.Analyzer);
        var visible = await VisibleTypesAsync(holder, cancellationToken);
        if (text.Text is null || visible.Count == 0)
        {
            // Only stop words, or nothing this caller may view.
            return new VisitorSearchResults(0, []);
        }
        var query = new BooleanQuery(disableCoord: true);
        query.Add(text.Text, Occur.MUST);
        var filters = string.IsNullOrWhiteSpace(request.Culture)
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { [SiteFields.Culture] = request.Culture.Trim() };
        AddFilters(query, typeFilters.For(holder.Profile, visible), filters, except: null);
        if (request.Types is { Count: > 0 } types)
        {
            // Not a cached filter: the sets callers name are theirs to choose, and must not push out the visitors' filters.
            var any = new BooleanQuery(disableCoord: true);
            foreach (var type in types.Distinct(StringComparer.Ordinal))
            {
                any.Add(new TermQuery(new Term(SiteFields.Type, type)), Occur.SHOULD);
            }
            query.Add(new ConstantScoreQuery(any) { Boost = 0 }, Occur.MUST);
        }
        var total = 0;
        var found = new List<(LuceneDocument Document, float Score)>();
        if (!WithSearcher(holder, searcher =>
        {
            var top = TopScoreDocCollector.Create(Math.Max(1, request.Skip + request.Take), docsScoredInOrder: true);
            searcher.Search(query, top);
            total = top.TotalHits;
            found.AddRange(top.GetTopDocs(request.Skip, request.Take).ScoreDocs.Select(d => (searcher.Doc(d.Doc, HitFields), d.Score)));
        }))
        {
            return null;
        }
        var hits = new List<VisitorSearchHit>(found.Count);
        foreach (var (document, score) in found)
        {
            if (await CanSeeAsync(document))
            {
                hits.Add(VisitorHit(holder, document, score, text.Terms));
            }
        }
        return new VisitorSearchResults(total, hits);
    }

    private static VisitorSearchHit VisitorHit(IndexHolder holder, LuceneDocument document, float score, IReadOnlySet<string> terms)
    {
        var title = Stored(document, ContentDocumentBuilder.Prefix + "DisplayText") ?? "";
        return new VisitorSearchHit(
            Stored(document, ContentDocumentBuilder.IdField) ?? "",
            Stored(document, ContentDocumentBuilder.Prefix + "ContentType") ?? "",
            title,
            SnippetHighlighter.MarkAll(title, holder.PlainAnalyzer, ContentDocumentBuilder.FullText, terms),
            SnippetHighlighter.Fragments(Stored(document, SiteFields.Text) ?? "", holder.PlainAnalyzer, ContentDocumentBuilder.FullText, terms, MaxHighlights),
            Stored(document, "LocalizationPart.Culture"),
            Stored(document, "AutoroutePart.Path"),
            score);
    }
}

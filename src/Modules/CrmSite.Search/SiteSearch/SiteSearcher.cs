using CrmSite.Content.Api;
using CrmSite.Content.Definitions;
using CrmSite.Content.Management;
using CrmSite.Content.Security;
using CrmSite.Content.Store;
using CrmSite.Search.Indexes;
using CrmSite.Search.Indexing;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace CrmSite.Search.SiteSearch;

/// <summary>
/// The visitor search behind <c>/api/search</c> and the <c>/search</c> page: plain words over the site's published
/// index, facet counts, highlighted snippets and as-you-type suggestions. Only content types the caller may view
/// are searched, so totals and facet counts never reveal what the caller may not read; each hit is checked again.
/// </summary>
public sealed partial class SiteSearcher(LuceneIndexes indexes, IndexProfileStore profiles, SiteSearchIndex index, DocumentStore documents, ContentReader reader,
    ContentDefinitionManager definitions, ContentAuthorization authorization, FacetLabels labels, TypeFilters typeFilters)
{
    public const int PageSize = 10;

    // The stored fields a hit or a suggestion reads; the others (Orchard's, which can be long) are not decoded.
    private static readonly HashSet<string> HitFields =
    [
        ContentDocumentBuilder.IdField, ContentDocumentBuilder.Prefix + "ContentType", ContentDocumentBuilder.Prefix + "Owner",
        ContentDocumentBuilder.Prefix + "Published", ContentDocumentBuilder.Prefix + "DisplayText", SiteFields.Text,
        "LocalizationPart.Culture", "AutoroutePart.Path",
    ];

    /// <summary>One page of hits, or null when the site has no usable search index.</summary>
    public async Task<SiteSearchResults?> SearchAsync(SiteSearchRequest request, CancellationToken cancellationToken)
    {
        if (await HolderAsync(cancellationToken) is not { } holder)
        {
            return null;
        }
        var text = SiteQuery.Parse(request.Q, holder.PlainAnalyzer, synonyms: holder.Analyzer);
        var visible = await VisibleTypesAsync(holder, cancellationToken);
        var filters = Filters(request);
        if ((text.Text is null && !string.IsNullOrWhiteSpace(request.Q)) || visible.Count == 0)
        {
            // Only stop words, or nothing this caller may view.
            return new SiteSearchResults(request.Q ?? "", 0, request.Page, PageSize, [], []);
        }
        var searched = Search(holder, text, typeFilters.For(holder.Profile, visible), filters, request.Page);
        if (searched is null)
        {
            return null;
        }
        var (total, documentsFound, counts) = searched.Value;
        var hits = new List<SearchHit>();
        foreach (var (document, score) in documentsFound)
        {
            if (await CanSeeAsync(document))
            {
                hits.Add(Hit(holder, document, score, text.Terms));
            }
        }
        var known = await labels.GetAsync(holder.Profile.Name, holder.Cursor, reader, definitions, cancellationToken);
        return new SiteSearchResults(request.Q ?? "", total, request.Page, PageSize, hits, Facets(counts, filters, known));
    }

    /// <summary>Up to eight suggestions for what has been typed so far.</summary>
    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string? q, string? culture, CancellationToken cancellationToken)
    {
        var (done, prefix) = SiteSuggester.Read(q);
        if ((done.Count == 0 && prefix is null) || await HolderAsync(cancellationToken) is not { } holder)
        {
            return [];
        }
        var visible = await VisibleTypesAsync(holder, cancellationToken);
        if (visible.Count == 0)
        {
            return [];
        }
        var query = SiteSuggester.ItemQuery(done, prefix);
        AddFilters(query, typeFilters.For(holder.Profile, visible), culture is null ? [] : new Dictionary<string, string> { [SiteFields.Culture] = culture }, except: null);
        var suggestions = new List<SearchSuggestion>();
        var found = new List<LuceneDocument>();
        if (!WithSearcher(holder, searcher =>
        {
            // Completions count every indexed item; offered only to callers who may view every indexed type.
            if (prefix is not null && visible.Count == holder.Profile.IndexedContentTypes.Count)
            {
                suggestions.AddRange(SiteSuggester.Completions(searcher.IndexReader, done, prefix).Select(t => new SearchSuggestion(t)));
            }
            found.AddRange(searcher.Search(query, SiteSuggester.MaxItems).ScoreDocs.Select(d => searcher.Doc(d.Doc, HitFields)));
        }))
        {
            return [];
        }
        foreach (var document in found)
        {
            if (await CanSeeAsync(document) && Stored(document, ContentDocumentBuilder.Prefix + "DisplayText") is { } title)
            {
                suggestions.Add(new SearchSuggestion(title, Stored(document, ContentDocumentBuilder.IdField),
                    Stored(document, ContentDocumentBuilder.Prefix + "ContentType"), Stored(document, "AutoroutePart.Path")));
            }
        }
        return suggestions;
    }

    private async Task<IndexHolder?> HolderAsync(CancellationToken cancellationToken)
    {
        var name = await index.NameAsync(documents, cancellationToken);
        var holder = indexes.Find(name);
        if (holder is null && (await profiles.GetAsync(cancellationToken)).Find(name) is { } profile)
        {
            // Not opened yet on this node (it just started): open it; it fills as the sync worker catches up.
            holder = indexes.Get(profile);
        }
        // Visitor search is over published items; an index of drafts is never a visitor's.
        return holder is { Profile.IndexLatest: false } ? holder : null;
    }

    private async Task<IReadOnlyList<string>> VisibleTypesAsync(IndexHolder holder, CancellationToken cancellationToken)
    {
        var types = holder.Profile.IndexedContentTypes.Count > 0
            ? holder.Profile.IndexedContentTypes
            : [.. (await definitions.GetAsync(cancellationToken)).ContentTypes.Select(t => t.Name)];
        var visible = new List<string>();
        foreach (var type in types)
        {
            if (await authorization.CanAsync(ContentPermissions.ViewContent, StoredItem.Of(type, id: "", published: true)))
            {
                visible.Add(type);
            }
        }
        return visible;
    }

    private async Task<bool> CanSeeAsync(LuceneDocument document)
    {
        var item = StoredItem.Probe(document);
        return item.Published && await authorization.CanAsync(ContentPermissions.ViewContent, item);
    }

    private static SearchHit Hit(IndexHolder holder, LuceneDocument document, float score, IReadOnlySet<string> terms)
    {
        var title = Stored(document, ContentDocumentBuilder.Prefix + "DisplayText") ?? "";
        return new SearchHit(
            Stored(document, ContentDocumentBuilder.IdField) ?? "",
            Stored(document, ContentDocumentBuilder.Prefix + "ContentType") ?? "",
            title,
            SnippetHighlighter.MarkAll(title, holder.PlainAnalyzer, ContentDocumentBuilder.FullText, terms),
            SnippetHighlighter.Snippet(Stored(document, SiteFields.Text) ?? "", holder.PlainAnalyzer, ContentDocumentBuilder.FullText, terms),
            Stored(document, "LocalizationPart.Culture"),
            Stored(document, "AutoroutePart.Path"),
            score);
    }

    private static string? Stored(LuceneDocument document, string field) => StoredItem.Get(document, field);
}

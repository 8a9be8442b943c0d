using CrmSite.Content.Localization;
using CrmSite.Search.Indexes;
using CrmSite.Search.Indexing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CrmSite.Search.Pages.Admin.Search;

/// <summary>
/// <c>/admin/search/indexes</c> (ManageLuceneIndexes): the index profiles with this node's copy of each, and Rebuild
/// and Reset, which ask every node to rebuild that index from the store as the recipe steps do.
/// </summary>
public sealed class IndexesModel(IndexProfileStore profiles, LuceneIndexes indexes, IndexRebuildRequests rebuilds, IStringLocalizer<AdminText> text) : PageModel
{
    public IReadOnlyList<IndexRow> Rows { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = new List<IndexRow>();
        foreach (var profile in (await profiles.GetAsync(cancellationToken)).Indexes)
        {
            var holder = indexes.Find(profile.Name);
            rows.Add(new IndexRow(profile.Name, profile.AnalyzerName, profile.IndexLatest, profile.Culture, profile.IndexedContentTypes,
                profile.Generation, holder?.Generation, Documents(holder), holder?.Cursor, holder?.LastSyncUtc));
        }
        Rows = rows;
    }

    public Task<IActionResult> OnPostRebuildAsync(string? name, CancellationToken cancellationToken) =>
        RequestAsync(name, text["A rebuild of “{0}” was requested: every node rebuilds its copy from the store within seconds.", name ?? ""], cancellationToken);

    public Task<IActionResult> OnPostResetAsync(string? name, CancellationToken cancellationToken) =>
        RequestAsync(name, text["A reset of “{0}” was requested: every node empties its copy and indexes the store again within seconds.", name ?? ""], cancellationToken);

    private async Task<IActionResult> RequestAsync(string? name, string status, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return BadRequest();
        }
        if ((await rebuilds.RequestAsync([name], all: false, cancellationToken)).Count > 0)
        {
            return NotFound();
        }
        Status = status;
        return RedirectToPage();
    }

    private static int? Documents(IndexHolder? holder)
    {
        if (holder is null)
        {
            return null;
        }
        try
        {
            var searcher = holder.Searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                holder.Searchers.Release(searcher);
            }
        }
        catch (ObjectDisposedException)
        {
            // The index is being reopened with new settings; the next look will count it.
            return null;
        }
    }
}

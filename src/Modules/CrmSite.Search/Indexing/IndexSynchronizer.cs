using CrmSite.Content.Definitions;
using CrmSite.Content.Security;
using CrmSite.Content.Store;
using CrmSite.Search.Indexes;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Search.Indexing;

/// <summary>
/// Brings this node's indexes up to the store: rebuilds an index whose generation is behind its profile (new,
/// reset, corrupt), otherwise replays the indexing-task log after the index's cursor. Each changed item is
/// deleted and, when its published (or, for <c>IndexLatest</c>, latest) version belongs in the index, added again,
/// so replaying a task twice does no harm. Restricted types (individual members) are never indexed.
/// </summary>
public sealed class IndexSynchronizer(CrmSiteDbContext db, IndexProfileStore profiles, ContentDefinitionManager definitions,
    LuceneIndexes indexes, ContentTypeGuards guards, TimeProvider clock)
{
    private const int Batch = 500;

    /// <summary>Runs one round; returns how many tasks or items were applied.</summary>
    public async Task<int> SyncAsync(CancellationToken cancellationToken)
    {
        var document = await profiles.GetAsync(cancellationToken);
        foreach (var gone in indexes.Open.Where(h => document.Find(h.Profile.Name) is null).ToList())
        {
            indexes.Close(gone.Profile.Name);
        }
        var all = await definitions.GetAsync(cancellationToken);
        var applied = 0;
        foreach (var profile in document.Indexes)
        {
            var holder = indexes.Get(profile);
            applied += holder.Generation < profile.Generation
                ? await RebuildAsync(holder, profile, all, cancellationToken)
                : await ReplayAsync(holder, profile, all, cancellationToken);
        }
        return applied;
    }

    private async Task<int> RebuildAsync(IndexHolder holder, IndexProfile profile, ContentDefinitionDocument all, CancellationToken cancellationToken)
    {
        var cursor = await db.IndexingTasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
        holder.Writer.DeleteAll();
        var count = 0;
        var types = profile.IndexedContentTypes.ToList();
        // The next page is read while this one is built and written: the store and the CPU work side by side,
        // and documents are built and added on every core (IndexWriter takes documents from many threads).
        var pending = PageAsync(profile, types, 0, cancellationToken);
        while (true)
        {
            var page = await pending;
            if (page.Count == 0)
            {
                break;
            }
            pending = PageAsync(profile, types, page[^1].Id, cancellationToken);
            try
            {
                Parallel.ForEach(page, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                    record =>
                    {
                        if (Add(holder, profile, record, all))
                        {
                            Interlocked.Increment(ref count);
                        }
                    });
            }
            catch (Exception e) when (e is OperationCanceledException or AggregateException)
            {
                // The store must not be left with a read in flight when the scope ends.
                await ((Task)pending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                throw;
            }
        }
        holder.Commit(cursor, profile.Generation);
        return count;
    }

    private Task<List<ContentItemRecord>> PageAsync(IndexProfile profile, List<string> types, long afterId, CancellationToken cancellationToken)
    {
        var query = db.ContentItems.AsNoTracking().Where(v => v.Id > afterId && (profile.IndexLatest ? v.Latest : v.Published));
        if (types.Count > 0)
        {
            query = query.Where(v => types.Contains(v.ContentType));
        }
        return query.OrderBy(v => v.Id).Take(Batch).ToListAsync(cancellationToken);
    }

    private async Task<int> ReplayAsync(IndexHolder holder, IndexProfile profile, ContentDefinitionDocument all, CancellationToken cancellationToken)
    {
        var tasks = await db.IndexingTasks.AsNoTracking().Where(t => t.Id > holder.Cursor).OrderBy(t => t.Id)
            .Take(Batch).ToListAsync(cancellationToken);
        var safe = TaskWindow.Safe(tasks, holder.Cursor, clock.GetUtcNow().UtcDateTime);
        if (safe.Count == 0)
        {
            return 0;
        }
        var ids = safe.Select(t => t.ContentItemId).Distinct().ToList();
        var records = await db.ContentItems.AsNoTracking()
            .Where(v => ids.Contains(v.ContentItemId) && (profile.IndexLatest ? v.Latest : v.Published))
            .ToDictionaryAsync(v => v.ContentItemId, cancellationToken);
        foreach (var id in ids)
        {
            holder.Writer.DeleteDocuments(new Term(ContentDocumentBuilder.IdField, id));
            if (records.TryGetValue(id, out var record))
            {
                Add(holder, profile, record, all);
            }
        }
        holder.Commit(safe[^1].Id, holder.Generation);
        return safe.Count;
    }

    private bool Add(IndexHolder holder, IndexProfile profile, ContentItemRecord record, ContentDefinitionDocument all)
    {
        var types = profile.IndexedContentTypes;
        if ((types.Count > 0 && !types.Contains(record.ContentType, StringComparer.OrdinalIgnoreCase)) ||
            guards.For(record.ContentType) is not null || all.FindType(record.ContentType) is not { } type)
        {
            return false;
        }
        var item = ContentRecords.ToItem(record);
        if (profile.Culture.Length > 0 && item.Part("LocalizationPart")?["Culture"]?.ToString() != profile.Culture)
        {
            return false;
        }
        holder.Writer.AddDocument(ContentDocumentBuilder.Build(item, type, all));
        return true;
    }
}

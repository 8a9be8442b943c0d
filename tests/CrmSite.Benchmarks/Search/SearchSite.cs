using CrmSite.Benchmarks.Hosting;
using CrmSite.Content.Store;
using CrmSite.Search.Indexes;
using CrmSite.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Benchmarks.Search;

/// <summary>
/// The real site over a copy of a prepared data folder (store and Lucene indexes), or over a new one, with ways to
/// see how far its background indexing has got.
/// </summary>
public sealed class SearchSite : IAsyncDisposable
{
    public const string IndexName = "search";

    private SearchSite(CrmSiteFactory factory, Uri address)
    {
        Factory = factory;
        Address = address;
    }

    public CrmSiteFactory Factory { get; }

    public Uri Address { get; }

    public IServiceProvider Services => Factory.Services;

    /// <summary>The folder of the site's <c>search</c> index (<c>&lt;data&gt;/Lucene/search</c>).</summary>
    public string SearchIndexFolder => Path.Combine(Factory.DataPath, "Lucene", IndexName);

    /// <summary>This node's holder of the <c>search</c> index, once the sync worker has opened it.</summary>
    public IndexHolder? SearchHolder => Services.GetRequiredService<LuceneIndexes>().Find(IndexName);

    /// <summary>Starts a site whose data folder is a copy of <paramref name="preparedData"/> (null: a new site).</summary>
    public static SearchSite Start(string? preparedData, bool kestrel)
    {
        var factory = new CrmSiteFactory(kestrel);
        if (preparedData is not null)
        {
            CopyFolder(preparedData, factory.DataPath);
        }
        return new SearchSite(factory, factory.Start());
    }

    /// <summary>Waits until every index profile is open on this node, built for its generation and past the last indexing task.</summary>
    public async Task WaitForIndexesAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await IndexesCaughtUpAsync())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The site's indexes did not catch up with the store within {timeout}.");
            }
            await Task.Delay(200);
        }
    }

    /// <summary>How many FactSheet documents the <c>search</c> index's current searcher sees.</summary>
    public int CountFactSheets()
    {
        var holder = SearchHolder ?? throw new InvalidOperationException("The search index is not open.");
        var searcher = holder.Searchers.Acquire();
        try
        {
            return searcher.Search(new TermQuery(new Term("Content.ContentItem.ContentType", "FactSheet")), 1).TotalHits;
        }
        finally
        {
            holder.Searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Waits for every index's background merges and commits their result, so that the last commit has the
    /// segments a site settles into (a copy of it is what later runs open).
    /// </summary>
    public void CommitMerges()
    {
        foreach (var holder in Services.GetRequiredService<LuceneIndexes>().Open)
        {
            holder.Writer.WaitForMerges();
            holder.Commit(holder.Cursor, holder.Generation);
        }
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>Copies a folder tree, leaving out Lucene's write locks (the copy's writer takes its own).</summary>
    public static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            if (Path.GetFileName(file) == "write.lock")
            {
                continue;
            }
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: true);
        }
    }

    private async Task<bool> IndexesCaughtUpAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmSiteDbContext>();
        var lastTask = await db.IndexingTasks.MaxAsync(t => (long?)t.Id) ?? 0;
        var profiles = await scope.ServiceProvider.GetRequiredService<IndexProfileStore>().GetAsync(CancellationToken.None);
        var indexes = Services.GetRequiredService<LuceneIndexes>();
        return profiles.Indexes.All(p => indexes.Find(p.Name) is { } holder && holder.Generation >= p.Generation && holder.Cursor >= lastTask);
    }
}

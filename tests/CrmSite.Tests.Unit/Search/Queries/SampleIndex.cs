using System.Globalization;
using CrmSite.Search.Queries;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CrmSite.Tests.Unit.Search.Queries;

/// <summary>
/// A real in-memory Lucene index of five documents, indexed as Orchard indexes them: full text as TextField, display
/// text and content type as StringField, the year as Int64Field (an integer), the rate as DoubleField (a decimal) and
/// the publication date as ISO 8601 UTC text in a StringField.
/// </summary>
public sealed class SampleIndex : IDisposable
{
    public const string FullText = "Content.ContentItem.FullText";
    public const string DisplayText = "Content.ContentItem.DisplayText";
    public const string ContentType = "ContentType";
    public const string Year = "FactSheet.Year";
    public const string Rate = "FactSheet.Rate";
    public const string Published = "Content.ContentItem.PublishedUtc";

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public SampleIndex()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, Analyzer)))
        {
            Add(writer, "orchard", "Orchard Core is a modular CMS for child rights", "Orchard Guide", "Article", 2019, 12.5, "2019-03-01T00:00:00Z");
            Add(writer, "orchestra", "The youth orchestra played for children in Lahore", "Youth Orchestra", "Article", 2021, 40.25, "2021-06-15T10:00:00Z");
            Add(writer, "punjab", "Child labour fact sheet for Punjab province", "Punjab Fact Sheet", "FactSheet", 2020, 7.75, "2020-01-10T00:00:00Z");
            Add(writer, "sindh", "Child marriage fact sheet for Sindh province", "Sindh Fact Sheet", "FactSheet", 2022, 3.5, "2022-11-30T00:00:00Z");
            Add(writer, "gardens", "Orchard gardens and child friendly spaces in the orchard", "Garden Spaces", "ForumPost", 2018, 55, "2018-05-05T00:00:00Z");
        }

        _reader = DirectoryReader.Open(_directory);
        Searcher = new IndexSearcher(_reader);
    }

    public static StandardAnalyzer Analyzer { get; } = new(LuceneVersion.LUCENE_48);

    public static IReadOnlyDictionary<string, NumericKind> NumericFields { get; } =
        new Dictionary<string, NumericKind> { [Year] = NumericKind.Int64Field, [Rate] = NumericKind.DoubleField };

    public IndexSearcher Searcher { get; }

    public static ParsedQuery Parse(string json, QueryLimits? limits = null) =>
        QueryDsl.Parse(json, Analyzer, limits ?? new QueryLimits());

    public static ParsedQuery ParseWithKinds(string json) =>
        QueryDsl.Parse(json, Analyzer, new QueryLimits(), NumericFields);

    /// <summary>The ids of the page the parsed request asks for, in the order Lucene returns them.</summary>
    public IReadOnlyList<string> Ids(ParsedQuery parsed)
    {
        var wanted = Math.Max(parsed.From + parsed.Size, 1);
        var top = parsed.Sort is null ? Searcher.Search(parsed.Query, wanted) : Searcher.Search(parsed.Query, null, wanted, parsed.Sort);
        return top.ScoreDocs.Skip(parsed.From).Take(parsed.Size).Select(hit => Searcher.Doc(hit.Doc).Get("Id", CultureInfo.InvariantCulture)).ToList();
    }

    public IReadOnlyList<string> Find(string json) => Ids(Parse(json));

    /// <summary>The ids found, sorted, for queries whose order does not matter.</summary>
    public IReadOnlyList<string> FindSet(string json) => [.. Find(json).Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static void Add(IndexWriter writer, string id, string text, string display, string type, long year, double rate, string published)
    {
        writer.AddDocument(new Document
        {
            new StringField("Id", id, Field.Store.YES),
            new TextField(FullText, text, Field.Store.NO),
            new StringField(DisplayText, display, Field.Store.YES),
            new StringField(ContentType, type, Field.Store.YES),
            new Int64Field(Year, year, Field.Store.YES),
            new DoubleField(Rate, rate, Field.Store.YES),
            new StringField(Published, published, Field.Store.YES),
        });
    }
}

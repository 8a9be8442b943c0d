using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CrmSite.Tests.Unit.Search.Analysis;

// A real in-memory Lucene index of one text field, searched the way Orchard's `match` query does: the query text
// goes through the analyzer and every token becomes a SHOULD TermQuery (no QueryParser, no PhraseQuery).
internal sealed class TestIndex : IDisposable
{
    public const string FieldName = "Content";
    private const string IdField = "Id";

    private readonly RAMDirectory directory = new();
    private readonly Analyzer analyzer;

    public TestIndex(Analyzer analyzer, params string[] documents)
    {
        this.analyzer = analyzer;
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer));
        for (var i = 0; i < documents.Length; i++)
        {
            writer.AddDocument(new Document
            {
                new StringField(IdField, i.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
                new TextField(FieldName, documents[i], Field.Store.NO),
            });
        }

        writer.Commit();
    }

    // The indexes (in the order given to the constructor) of the documents the query text matches.
    public int[] Search(string queryText)
    {
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var hits = searcher.Search(MatchQuery(queryText), 10).ScoreDocs;
        return hits
            .Select(hit => searcher.Doc(hit.Doc).Get(IdField, CultureInfo.InvariantCulture))
            .Select(id => int.Parse(id, CultureInfo.InvariantCulture))
            .Order()
            .ToArray();
    }

    public void Dispose() => directory.Dispose();

    private BooleanQuery MatchQuery(string queryText)
    {
        var query = new BooleanQuery();
        foreach (var term in AnalyzedTokens.Of(analyzer, queryText))
        {
            query.Add(new TermQuery(new Term(FieldName, term)), Occur.SHOULD);
        }

        return query;
    }
}

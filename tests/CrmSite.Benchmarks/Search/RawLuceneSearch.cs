using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace CrmSite.Benchmarks.Search;

/// <summary>
/// The Lucene baseline: a reader on the last commit of an index folder (it works beside the site's open writer),
/// the query text analysed with the index's analyzer, every word a MUST term query on the full-text field, the ten
/// best hits with their stored fields, and the total.
/// </summary>
public sealed class RawLuceneSearch : IDisposable
{
    public const string FullTextField = "Content.ContentItem.FullText";

    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;

    public RawLuceneSearch(string folder, Analyzer analyzer)
    {
        _directory = FSDirectory.Open(folder);
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        _analyzer = analyzer;
    }

    public int DocumentCount => _reader.NumDocs;

    /// <summary>How many documents hold the analysed form of <paramref name="word"/>.</summary>
    public int DocumentFrequency(string word) => Terms(word).Sum(t => _reader.DocFreq(new Term(FullTextField, t)));

    public (int Total, List<(Document Document, float Score)> Top) Search(string words)
    {
        var query = new BooleanQuery();
        foreach (var term in Terms(words))
        {
            query.Add(new TermQuery(new Term(FullTextField, term)), Occur.MUST);
        }
        var found = _searcher.Search(query, 10);
        var top = new List<(Document, float)>(found.ScoreDocs.Length);
        foreach (var hit in found.ScoreDocs)
        {
            top.Add((_searcher.Doc(hit.Doc), hit.Score));
        }
        return (found.TotalHits, top);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private List<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(FullTextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }
}

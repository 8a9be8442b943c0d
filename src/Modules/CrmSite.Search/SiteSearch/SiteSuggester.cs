using CrmSite.Search.Analysis;
using CrmSite.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CrmSite.Search.SiteSearch;

/// <summary>
/// As-you-type suggestions from the index's vocabulary of typed words (<see cref="SiteFields.Words"/>): the most
/// frequent completions of the word being typed, then items whose words start with what was typed.
/// </summary>
public static class SiteSuggester
{
    public const int MaxCompletions = 3;
    public const int MaxItems = 5;
    private const int MaxTermsScanned = 2000;
    private static readonly WordsAnalyzer Analyzer = new();

    /// <summary>The words typed so far; the last one is a prefix unless the text ends with a space.</summary>
    public static (IReadOnlyList<string> Done, string? Prefix) Read(string? q)
    {
        var words = string.IsNullOrWhiteSpace(q) ? [] : Analyzer.Words(q);
        if (words.Count == 0)
        {
            return ([], null);
        }
        return char.IsWhiteSpace(q![^1]) ? (words, null) : (words.Take(words.Count - 1).ToList(), words[^1]);
    }

    /// <summary>The most frequent words starting with <paramref name="prefix"/>, each after the words already typed.</summary>
    public static IReadOnlyList<string> Completions(IndexReader reader, IReadOnlyList<string> done, string prefix)
    {
        var terms = MultiFields.GetTerms(reader, SiteFields.Words);
        if (terms is null)
        {
            return [];
        }
        var iterator = terms.GetEnumerator();
        var start = new BytesRef(prefix);
        if (iterator.SeekCeil(start) == TermsEnum.SeekStatus.END)
        {
            return [];
        }
        var found = new List<(string Word, int Frequency)>();
        var scanned = 0;
        do
        {
            if (!StringHelper.StartsWith(iterator.Term, start) || scanned++ >= MaxTermsScanned)
            {
                break;
            }
            // Deleted documents keep their terms until a merge: offer only words some live document holds.
            if (HasLiveDocument(reader, iterator.Term))
            {
                found.Add((iterator.Term.Utf8ToString(), iterator.DocFreq));
            }
        }
        while (iterator.MoveNext());
        var before = done.Count == 0 ? "" : string.Join(' ', done) + " ";
        return [.. found.OrderByDescending(f => f.Frequency).ThenBy(f => f.Word, StringComparer.Ordinal).Take(MaxCompletions)
            .Select(f => before + f.Word)];
    }

    private static bool HasLiveDocument(IndexReader reader, BytesRef term) =>
        MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), SiteFields.Words, term, DocsFlags.NONE) is { } docs &&
        docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS;

    /// <summary>A query for items holding every typed word, the last as a prefix.</summary>
    public static BooleanQuery ItemQuery(IReadOnlyList<string> done, string? prefix)
    {
        var query = new BooleanQuery();
        foreach (var word in done.Distinct())
        {
            query.Add(new TermQuery(new Term(SiteFields.Words, word)), Occur.MUST);
        }
        if (prefix is not null)
        {
            query.Add(new PrefixQuery(new Term(SiteFields.Words, prefix)), Occur.MUST);
        }
        return query;
    }
}

using System.Text.RegularExpressions;
using CrmSite.Search.Indexing;
using CrmSite.Search.Queries;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CrmSite.Search.SiteSearch;

/// <summary>
/// A visitor's words as a query: every word must match in the full text (which holds the title too), "quoted
/// words" must match as a phrase, and words found in the title count three times more. The title only adds to
/// the score, so deciding what matches is a conjunction over one field. Words are analysed without synonyms: the
/// index holds each synonym beside the words it stands for, so "child marriage" already finds text that only says
/// "کم عمری کی شادی". No query syntax reaches Lucene, so nothing a visitor types can fail to parse.
/// </summary>
public sealed partial record SiteQuery(Query? Text, IReadOnlySet<string> Terms)
{
    private const int MaxWords = 32;
    private const float TitleBoost = 3f;
    private static readonly string Title = ContentDocumentBuilder.Prefix + "DisplayText.Analyzed";

    /// <param name="q">What the visitor typed.</param>
    /// <param name="analyzer">The index's analyzer without synonyms, for the query itself.</param>
    /// <param name="synonyms">The index's analyzer with synonyms: its terms for the whole text join <see cref="Terms"/>,
    /// so snippets cut with the plain analyzer still mark the other language's words.</param>
    public static SiteQuery Parse(string? q, Analyzer analyzer, Analyzer? synonyms = null)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(q))
        {
            return new SiteQuery(null, terms);
        }
        var query = new BooleanQuery(disableCoord: true);
        var titleWords = new List<BooleanQuery>();
        foreach (Match part in Parts().Matches(q))
        {
            var phrase = part.Groups["phrase"];
            var tokens = Tokens(analyzer, phrase.Success ? phrase.Value : part.Value);
            if (tokens.Count == 0 || query.Clauses.Count >= MaxWords)
            {
                continue;
            }
            terms.UnionWith(tokens.Select(t => t.Term));
            if (phrase.Success && tokens.Select(t => t.Position).Distinct().Count() > 1)
            {
                query.Add(Phrase(tokens), Occur.MUST);
                continue;
            }
            foreach (var position in tokens.GroupBy(t => t.Position))
            {
                var alternatives = position.Select(t => t.Term).Distinct().ToList();
                query.Add(Word(ContentDocumentBuilder.FullText, alternatives), Occur.MUST);
                titleWords.Add(Word(Title, alternatives));
            }
        }
        foreach (var word in titleWords)
        {
            word.Boost = TitleBoost;
            query.Add(word, Occur.SHOULD);
        }
        if (synonyms is not null && query.Clauses.Count > 0)
        {
            terms.UnionWith(Tokens(synonyms, q).Select(t => t.Term));
        }
        return new SiteQuery(query.Clauses.Count == 0 ? null : query, terms);
    }

    // One word in one field: any of the terms analysis put at its position.
    private static BooleanQuery Word(string field, List<string> alternatives)
    {
        var word = new BooleanQuery(disableCoord: true);
        foreach (var term in alternatives)
        {
            word.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }
        return word;
    }

    private static MultiPhraseQuery Phrase(List<AnalyzedToken> tokens)
    {
        var phrase = new MultiPhraseQuery();
        foreach (var position in tokens.GroupBy(t => t.Position))
        {
            phrase.Add([.. position.Select(t => new Term(ContentDocumentBuilder.FullText, t.Term))], position.Key);
        }
        return phrase;
    }

    private static List<AnalyzedToken> Tokens(Analyzer analyzer, string text)
    {
        try
        {
            return TextAnalysis.Tokenize(analyzer, ContentDocumentBuilder.FullText, text, MaxWords, "q");
        }
        catch (QueryDslException)
        {
            return [];
        }
    }

    [GeneratedRegex("\"(?<phrase>[^\"]+)\"|[^\\s\"]+", RegexOptions.None, matchTimeoutMilliseconds: 500)]
    private static partial Regex Parts();
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CrmSite.Search.Queries;

// Runs query text through the index's analyzer, as match and match_phrase do, keeping positions so a phrase with
// a stop word in it still lines up with the indexed text.
internal static class TextAnalysis
{
    public static List<AnalyzedToken> Tokenize(Analyzer analyzer, string field, string text, int maxTokens, string path)
    {
        var tokens = new List<AnalyzedToken>();
        if (text.Length == 0)
        {
            return tokens;
        }

        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            if (tokens.Count == maxTokens)
            {
                throw new QueryDslException(path, $"the text analyses to more than {maxTokens} terms");
            }

            position += Math.Max(increment.PositionIncrement, 0);
            tokens.Add(new AnalyzedToken(term.ToString(), Math.Max(position, 0)));
        }

        stream.End();
        return tokens;
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CrmSite.Tests.Unit.Search.Analysis;

// Runs an analyzer over a string: the terms in order, and their position increments (0 = stacked on the previous).
internal static class AnalyzedTokens
{
    public static string[] Of(Analyzer analyzer, string text) =>
        Read(analyzer, text).Select(token => token.Term).ToArray();

    public static int[] PositionIncrements(Analyzer analyzer, string text) =>
        Read(analyzer, text).Select(token => token.Increment).ToArray();

    private static List<(string Term, int Increment)> Read(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(TestIndex.FieldName, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), increment.PositionIncrement));
        }

        stream.End();
        return tokens;
    }
}

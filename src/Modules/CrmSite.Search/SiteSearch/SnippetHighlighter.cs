using System.Text;
using System.Text.Encodings.Web;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CrmSite.Search.SiteSearch;

/// <summary>
/// Cuts a snippet from a text around the words a query matched and marks them. The text is analysed as the index
/// analysed it, so a stemmed or folded match ("labourers" for "labour", كتاب for کتاب) is marked where it stands
/// in the original. Everything but the <c>&lt;mark&gt;</c> tags is HTML-encoded.
/// </summary>
public static class SnippetHighlighter
{
    private const int MaxTokens = 2000;

    // Urdu stays as it is written; only HTML-sensitive characters become entities.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The window of about <paramref name="length"/> characters with the most distinct matched terms, marked.</summary>
    public static string Snippet(string text, Analyzer analyzer, string field, IReadOnlySet<string> terms, int length = 220)
    {
        // Text more than two windows past the first match can hardly hold a better window: it is not analysed.
        var matches = Matches(text, analyzer, field, terms, horizon: 2 * length);
        if (matches.Count == 0)
        {
            return Mark(text, Window(text, 0, length), []);
        }
        var best = BestWindow(matches, length);
        // A little context before the first match, so the snippet does not start on the marked word.
        var start = Math.Max(0, matches[best].Start - (length / 4));
        return Mark(text, Window(text, start, length), matches);
    }

    /// <summary>
    /// Up to <paramref name="count"/> windows of about <paramref name="length"/> characters that do not overlap, each
    /// marked: the window with the most distinct matched terms first, then the best of the matches left out; the
    /// opening of the text when nothing in it matched.
    /// </summary>
    public static IReadOnlyList<string> Fragments(string text, Analyzer analyzer, string field, IReadOnlySet<string> terms, int count, int length = 160)
    {
        if (text.Length == 0 || count <= 0)
        {
            return [];
        }
        var matches = Matches(text, analyzer, field, terms, horizon: int.MaxValue);
        if (matches.Count == 0)
        {
            return [Mark(text, Window(text, 0, length), [])];
        }
        var left = matches.ToList();
        var taken = new List<(int Start, int End)>();
        var fragments = new List<string>();
        while (fragments.Count < count && left.Count > 0)
        {
            var best = BestWindow(left, length);
            var match = left[best];
            var (start, end) = Window(text, Math.Max(0, match.Start - (length / 4)), length);
            foreach (var other in taken)
            {
                start = other.End <= match.Start ? Math.Max(start, other.End) : start;
                end = other.Start >= match.End ? Math.Min(end, other.Start) : end;
            }
            end = Math.Max(end, match.End);
            taken.Add((start, end));
            fragments.Add(Mark(text, (start, end), matches));
            left.RemoveAt(best);
            left.RemoveAll(m => m.Start < end && m.End > start);
        }
        return fragments;
    }

    // The index of the match that starts the window of <length> characters holding the most distinct terms.
    private static int BestWindow(List<(int Start, int End, string Term)> matches, int length)
    {
        var best = 0;
        var bestDistinct = 0;
        for (var first = 0; first < matches.Count; first++)
        {
            var distinct = matches.Skip(first).TakeWhile(m => m.End - matches[first].Start <= length).Select(m => m.Term).Distinct().Count();
            if (distinct > bestDistinct)
            {
                (best, bestDistinct) = (first, distinct);
            }
        }
        return best;
    }

    /// <summary>The whole text, encoded, with matched terms marked (for titles).</summary>
    public static string MarkAll(string text, Analyzer analyzer, string field, IReadOnlySet<string> terms) =>
        Mark(text, (0, text.Length), Matches(text, analyzer, field, terms, horizon: int.MaxValue));

    private static List<(int Start, int End, string Term)> Matches(string text, Analyzer analyzer, string field, IReadOnlySet<string> terms, int horizon)
    {
        var matches = new List<(int Start, int End, string Term)>();
        if (terms.Count == 0 || text.Length == 0)
        {
            return matches;
        }
        // Tokens are looked up as spans: most are not matches, and none of those becomes a string.
        var set = terms as HashSet<string> ?? new HashSet<string>(terms, StringComparer.Ordinal);
        var lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        for (var count = 0; count < MaxTokens && stream.IncrementToken(); count++)
        {
            if (matches.Count > 0 && offset.StartOffset - matches[0].Start > horizon)
            {
                break;
            }
            if (lookup.Contains(term.Buffer.AsSpan(0, term.Length)) && offset.EndOffset <= text.Length && offset.StartOffset < offset.EndOffset)
            {
                matches.Add((offset.StartOffset, offset.EndOffset, term.ToString()));
            }
        }
        stream.End();
        // Synonyms stack several terms on one stretch of text: keep one mark per stretch, in text order.
        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<(int Start, int End, string Term)>();
        foreach (var match in matches)
        {
            if (merged.Count > 0 && match.Start < merged[^1].End)
            {
                continue;
            }
            merged.Add(match);
        }
        return merged;
    }

    // [start, start + length) moved to word boundaries.
    private static (int Start, int End) Window(string text, int start, int length)
    {
        if (start > 0)
        {
            var space = text.IndexOfAny([' ', '\n'], start);
            start = space < 0 || space - start > 30 ? start : space + 1;
        }
        var end = Math.Min(text.Length, start + length);
        if (end < text.Length)
        {
            var space = text.LastIndexOfAny([' ', '\n'], end - 1, end - start);
            end = space <= start ? end : space;
        }
        return (start, end);
    }

    private static string Mark(string text, (int Start, int End) window, List<(int Start, int End, string Term)> matches)
    {
        var html = new StringBuilder();
        if (window.Start > 0)
        {
            html.Append('…');
        }
        var at = window.Start;
        foreach (var (start, end, _) in matches)
        {
            if (start < window.Start || end > window.End)
            {
                continue;
            }
            html.Append(Encode(text[at..start])).Append("<mark>").Append(Encode(text[start..end])).Append("</mark>");
            at = end;
        }
        html.Append(Encode(text[at..window.End]));
        if (window.End < text.Length)
        {
            html.Append('…');
        }
        return html.ToString();
    }

    private static string Encode(string text) => Encoder.Encode(text.Replace('\n', ' '));
}

using System.Globalization;
using System.Text.RegularExpressions;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.FactSheets;

/// <summary>
/// The sourced fact register (<c>docs/sources/crm-facts.md</c>) as the transcription tests read it: Part A (what
/// may be seeded), its sections and table rows, and the figures written in them ("26.21m", "6,032,940").
/// </summary>
public static partial class FactRegister
{
    private static readonly Lazy<string> Text = new(() =>
        File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "sources", "crm-facts.md")));

    /// <summary>Part A, the verified facts; Part B is not to be seeded and is left out.</summary>
    public static string PartA
    {
        get
        {
            var start = Text.Value.IndexOf("## Part A", StringComparison.Ordinal);
            var end = Text.Value.IndexOf("## Part B", StringComparison.Ordinal);
            Assert.True(start >= 0 && end > start, "crm-facts.md has no Part A before Part B");
            return Text.Value[start..end];
        }
    }

    /// <summary>The lines of section <paramref name="heading"/> of Part A, e.g. "A4".</summary>
    public static IReadOnlyList<string> Section(string heading)
    {
        var lines = PartA.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith($"### {heading}.", StringComparison.Ordinal));
        Assert.True(start >= 0, $"crm-facts.md has no section {heading}");
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("### ", StringComparison.Ordinal));
        return lines[(start + 1)..(end < 0 ? lines.Length : end)];
    }

    /// <summary>Row <paramref name="number"/> of the indicator table (A4).</summary>
    public static string IndicatorRow(int number) =>
        Assert.Single(Section("A4"), l => l.StartsWith($"| {number} |", StringComparison.Ordinal));

    /// <summary>
    /// True when <paramref name="url"/> is a source of A4 row <paramref name="number"/>. The register abbreviates:
    /// "same" is the row above's source, and "akdn URL" the address on akdn.org written out on an earlier row.
    /// </summary>
    public static bool IsIndicatorSource(int number, string url)
    {
        var urlCell = IndicatorRow(number).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)[^1];
        return urlCell.Split(';', StringSplitOptions.TrimEntries).Any(source =>
            source == url ||
            (source == "same" && number > 1 && IsIndicatorSource(number - 1, url)) ||
            (source.EndsWith(" URL", StringComparison.Ordinal) && new Uri(url).Host.Contains(source[..^4], StringComparison.Ordinal) &&
                Enumerable.Range(1, number - 1).Any(earlier => IndicatorRow(earlier).Contains(url, StringComparison.Ordinal))));
    }

    /// <summary>The figure <paramref name="text"/> shows ("26.21m" is 26,210,000): its last number, in millions when followed by m.</summary>
    public static decimal Figure(string text)
    {
        var match = FigurePattern().Matches(text).LastOrDefault();
        Assert.True(match is not null, $"no figure in '{text}'");
        var number = decimal.Parse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        return match.Groups[2].Value == "m" ? number * 1_000_000 : number;
    }

    /// <summary>Every number written in <paramref name="text"/> (digits, thousands commas, decimals), without commas.</summary>
    public static IEnumerable<string> Numbers(string text) =>
        NumberPattern().Matches(text).Select(m => m.Value.Replace(",", "", StringComparison.Ordinal).TrimEnd('.'));

    /// <summary>Every http(s) address in <paramref name="text"/>, without the punctuation that closes a Markdown link.</summary>
    public static IEnumerable<string> Urls(string text) => UrlPattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"([0-9][0-9,]*(?:\.[0-9]+)?)(m?)")]
    private static partial Regex FigurePattern();

    [GeneratedRegex(@"[0-9](?:[0-9]|,(?=[0-9]{3}))*(?:\.[0-9]+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"https?://[^\s)\]>]+")]
    private static partial Regex UrlPattern();
}

namespace CrmSite.Tests.Integration.FactSheets;

/// <summary>
/// Guards the hand transcription the recipe tests compare against: every expected figure, date and URL must be
/// written in Part A of docs/sources/crm-facts.md, on the row it was taken from.
/// </summary>
public sealed class FactRegisterTranscriptionTests
{
    [Fact]
    public void ExpectedFigures_AppearOnTheirRegisterRow_WithPeriodAndSourceUrl()
    {
        var problems = ExpectedFigures.All.SelectMany(f =>
        {
            var row = FactRegister.IndicatorRow(f.Row);
            return new[]
            {
                row.Contains(f.RegisterText, StringComparison.Ordinal) ? null : $"row {f.Row} does not show '{f.RegisterText}'",
                row.Contains(f.RegisterPeriod, StringComparison.Ordinal) ? null : $"row {f.Row} does not show the period '{f.RegisterPeriod}'",
                FactRegister.IsIndicatorSource(f.Row, f.Url) ? null : $"row {f.Row} does not cite {f.Url}",
                f.FurtherUrl is null || FactRegister.IsIndicatorSource(f.Row, f.FurtherUrl) ? null : $"row {f.Row} does not cite {f.FurtherUrl}",
            };
        }).OfType<string>();

        Assert.Empty(problems);
    }

    [Fact]
    public void ExpectedFigures_CoverEveryRowOfTheIndicatorTable()
    {
        var rows = FactRegister.Section("A4").Count(l => l.Length > 2 && l.StartsWith("| ", StringComparison.Ordinal) && char.IsAsciiDigit(l[2]));

        Assert.Equal(16, rows);
        Assert.Equal(Enumerable.Range(1, rows), ExpectedFigures.All.Select(f => f.Row).Distinct().Order());
    }

    [Fact]
    public void ExpectedFigures_ReadTheRegistersNotation()
    {
        Assert.Equal(26_210_000m, FactRegister.Figure("26.21m"));
        Assert.Equal(6_032_940m, FactRegister.Figure("6,032,940 children"));
        Assert.Equal(2_846m, FactRegister.Figure("2019: 2,846"));
        Assert.Equal(62m, FactRegister.Figure("/ 62"));
    }

    [Fact]
    public void ExpectedMilestones_AppearOnTheirRegisterRow_WithDateAndSourceUrls()
    {
        var section = FactRegister.Section("A5");

        var problems = ExpectedMilestones.All.SelectMany(m =>
        {
            var row = section.Single(l => l.Contains(m.RowPhrase, StringComparison.Ordinal));
            return m.Urls.Select(u => FactRegister.PartA.Contains(u, StringComparison.Ordinal) ? null : $"{m.Id}: {u} is not in Part A")
                .Append(row.Contains(m.RegisterDate, StringComparison.Ordinal) ? null : $"{m.Id}: its row does not show '{m.RegisterDate}'");
        }).OfType<string>();

        Assert.Empty(problems);
    }

    [Fact]
    public void ExpectedPublications_AppearInTheRegister_WithYearAndLink()
    {
        var section = FactRegister.Section("A3");

        var problems = ExpectedMilestones.Publications.SelectMany(p =>
        {
            var entry = section.Single(l => l.Contains(p.Phrase, StringComparison.Ordinal));
            return new[]
            {
                p.Year is not { } year || entry.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    ? null : $"{p.Id}: its entry does not show {p.Year}",
                FactRegister.PartA.Contains(p.Url, StringComparison.Ordinal) ? null : $"{p.Id}: {p.Url} is not in Part A",
            };
        }).OfType<string>();

        Assert.Empty(problems);
    }
}

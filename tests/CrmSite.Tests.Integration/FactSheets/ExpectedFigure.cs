namespace CrmSite.Tests.Integration.FactSheets;

/// <summary>
/// One figure of the fact register's indicator table (A4) as it must be seeded: <paramref name="RegisterText"/> is
/// the figure as the register writes it on row <paramref name="Row"/> ("26.21m"), <paramref name="RegisterPeriod"/>
/// the period as written there, and the value is read from the text, so the two cannot drift apart.
/// </summary>
public sealed record ExpectedFigure(
    int Row,
    string Indicator,
    string Geography,
    string Period,
    string Sex,
    string? AgeGroup,
    string RegisterText,
    string RegisterPeriod,
    string Url,
    string? FurtherUrl = null)
{
    public decimal Value => FactRegister.Figure(RegisterText);

    /// <summary>What tells seeded values apart: indicator, geography, period and breakdown.</summary>
    public string Key => ExpectedFigures.Key(Indicator, Geography, Period, Sex, AgeGroup);
}

namespace CrmSite.FactSheets.ContentTypes;

/// <summary>
/// What an indicator measures (the values of <c>Indicator.MeasureType</c>) and the units that make sense for it.
/// Reported cases are kept apart from prevalence: Sahil counts cases printed in newspapers, which say nothing about
/// how common abuse is.
/// </summary>
public static class MeasureTypes
{
    public const string Prevalence = "prevalence";
    public const string Rate = "rate";
    public const string Count = "count";
    public const string ReportedCases = "reported-cases";

    private static readonly Dictionary<string, string[]> AllowedUnits = new(StringComparer.Ordinal)
    {
        [Prevalence] = [Units.Percent],
        [Rate] = [Units.Percent, Units.PerThousandLiveBirths],
        [Count] = [Units.Children, Units.Cases],
        [ReportedCases] = [Units.Cases, Units.Percent],
    };

    /// <summary>The units an indicator of <paramref name="measureType"/> may use; empty for an unknown measure type.</summary>
    public static IReadOnlyList<string> UnitsFor(string measureType) => AllowedUnits.GetValueOrDefault(measureType) ?? [];
}

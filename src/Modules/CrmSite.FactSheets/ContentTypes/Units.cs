namespace CrmSite.FactSheets.ContentTypes;

/// <summary>The units an indicator is measured in (the values of <c>Indicator.Unit</c>).</summary>
public static class Units
{
    public const string Percent = "percent";
    public const string Children = "children";
    public const string Cases = "cases";
    public const string PerThousandLiveBirths = "per-1000-live-births";

    /// <summary>Units whose values count something, so they are whole numbers.</summary>
    public static bool IsCount(string unit) => unit is Children or Cases;
}

namespace CrmSite.FactSheets.ContentTypes;

/// <summary>The content types this module's rules apply to, and the ones it points at, as the recipes name them.</summary>
public static class ContentTypeNames
{
    public const string FactSheet = nameof(FactSheet);
    public const string Indicator = nameof(Indicator);
    public const string IndicatorValue = nameof(IndicatorValue);
    public const string LegalMilestone = nameof(LegalMilestone);
    public const string Publication = nameof(Publication);
    public const string Taxonomy = nameof(Taxonomy);

    /// <summary>Defined by the Chapters module; fact sheets pick chapters as their geography.</summary>
    public const string Chapter = nameof(Chapter);
}

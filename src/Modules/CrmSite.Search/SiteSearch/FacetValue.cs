namespace CrmSite.Search.SiteSearch;

/// <summary>A facet value: what to pass back as the filter, what to show, how many hits it has, and whether it is chosen.</summary>
public sealed record FacetValue(string Value, string Label, int Count, bool Selected);

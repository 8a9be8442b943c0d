namespace CrmSite.Search.SiteSearch;

/// <summary>A facet (<c>culture</c>, <c>type</c>, <c>chapter</c>, <c>topic</c> or <c>year</c>) and its values by count.</summary>
public sealed record SearchFacet(string Name, IReadOnlyList<FacetValue> Values);

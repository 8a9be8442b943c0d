namespace CrmSite.Content.Management;

/// <summary>One problem with one member of an item: <c>FactSheet.Year</c>, <c>AutoroutePart.Path</c>, <c>ContentType</c>.</summary>
public sealed record ContentError(string Member, string Message);

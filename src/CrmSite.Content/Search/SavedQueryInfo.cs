namespace CrmSite.Content.Search;

/// <summary>What callers see of a saved query: its name, its Orchard <c>Schema</c> text and what it returns.</summary>
/// <param name="Name">The query's name, as saved (letters, digits, '-' and '_').</param>
/// <param name="Schema">The query's <c>Schema</c> as written in the recipe (JSON text, possibly empty): in Orchard,
/// <c>{"type": "ContentItem/FactSheet"}</c> names the type of the items returned, and <c>properties</c> the stored
/// fields of the documents returned.</param>
/// <param name="ReturnContentItems">Whether the query answers content items (otherwise the documents' stored fields).</param>
public sealed record SavedQueryInfo(string Name, string Schema, bool ReturnContentItems);

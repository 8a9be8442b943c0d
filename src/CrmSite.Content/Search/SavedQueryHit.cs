using System.Text.Json.Nodes;

namespace CrmSite.Content.Search;

/// <summary>One document a saved query found.</summary>
/// <param name="ContentItemId">The id of the item the document was made from.</param>
/// <param name="Fields">The document's stored fields by Orchard name (<c>Content.ContentItem.DisplayText</c>, ...), as
/// text; empty when the query returns content items.</param>
public sealed record SavedQueryHit(string? ContentItemId, JsonObject Fields);

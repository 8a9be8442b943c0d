using CrmSite.Content.Definitions;
using CrmSite.Content.Items;

namespace CrmSite.Content.Management;

/// <summary>What a content event sees: the item and its type.</summary>
public sealed record ContentContext(ContentItem Item, ContentTypeDefinition? Type);

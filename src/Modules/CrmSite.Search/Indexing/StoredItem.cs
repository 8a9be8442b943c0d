using System.Globalization;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using Lucene.Net.Documents;

namespace CrmSite.Search.Indexing;

/// <summary>What a hit's stored fields say about its item, enough for the authorizer: type, id, owner, published.</summary>
public static class StoredItem
{
    public static ContentItem Probe(Document document)
    {
        var item = Of(Get(document, ContentDocumentBuilder.Prefix + "ContentType") ?? "", Get(document, ContentDocumentBuilder.IdField) ?? "",
            Get(document, ContentDocumentBuilder.Prefix + "Published") == "true");
        item.Owner = Get(document, ContentDocumentBuilder.Prefix + "Owner");
        return item;
    }

    /// <summary>An item for the authorizer to judge, without generating an id (<c>new ContentItem(type)</c> draws random bytes).</summary>
    public static ContentItem Of(string type, string id, bool published) => new(new JsonObject(ContentJson.NodeOptions))
    {
        ContentType = type,
        ContentItemId = id,
        Published = published,
    };

    public static string? Get(Document document, string field) => document.Get(field, CultureInfo.InvariantCulture);
}

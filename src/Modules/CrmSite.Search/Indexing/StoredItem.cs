using System.Globalization;
using CrmSite.Content.Items;
using Lucene.Net.Documents;

namespace CrmSite.Search.Indexing;

/// <summary>What a hit's stored fields say about its item, enough for the authorizer: type, id, owner, published.</summary>
public static class StoredItem
{
    public static ContentItem Probe(Document document) => new(Get(document, ContentDocumentBuilder.Prefix + "ContentType") ?? "")
    {
        ContentItemId = Get(document, ContentDocumentBuilder.IdField) ?? "",
        Owner = Get(document, ContentDocumentBuilder.Prefix + "Owner"),
        Published = Get(document, ContentDocumentBuilder.Prefix + "Published") == "true",
    };

    public static string? Get(Document document, string field) => document.Get(field, CultureInfo.InvariantCulture);
}

using CrmSite.Content.Items;

namespace CrmSite.Content.Store;

/// <summary>Maps between content items and their version rows; the row's columns win over the JSON's flags.</summary>
public static class ContentRecords
{
    public static ContentItem ToItem(ContentItemRecord record)
    {
        var item = ContentItem.FromJson(record.Data);
        item.ContentItemId = record.ContentItemId;
        item.ContentItemVersionId = record.ContentItemVersionId;
        item.Latest = record.Latest;
        item.Published = record.Published;
        item.PublishedUtc = record.PublishedUtc;
        return item;
    }

    public static ContentItemRecord ToRecord(ContentItem item, int number) => new()
    {
        ContentItemId = item.ContentItemId,
        ContentItemVersionId = item.ContentItemVersionId,
        ContentType = item.ContentType,
        DisplayText = Truncate(item.DisplayText, 1024),
        Latest = item.Latest,
        Published = item.Published,
        Number = number,
        Owner = Truncate(item.Owner, 255),
        Author = Truncate(item.Author, 255),
        CreatedUtc = item.CreatedUtc,
        ModifiedUtc = item.ModifiedUtc,
        PublishedUtc = item.PublishedUtc,
        Data = item.ToJson(),
    };

    private static string? Truncate(string? value, int length) => value is null ? null : IndexText.Bound(value, length);
}

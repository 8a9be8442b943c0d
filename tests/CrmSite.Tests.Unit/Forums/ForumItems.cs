using System.Text.Json.Nodes;
using CrmSite.Content.Items;

namespace CrmSite.Tests.Unit.Forums;

/// <summary>Forum items in the recipe's JSON shape, with stable ids derived from their names.</summary>
internal static class ForumItems
{
    public static string Id(string name) => IdGenerator.FromSeed("forums-test|" + name);

    public static ContentItem Forum(string name, bool closed) => Item("Forum", name, null,
        new JsonObject { ["Closed"] = new JsonObject { ["Value"] = closed } });

    public static ContentItem Topic(string name, string forum, bool closed = false) => Item("ForumTopic", name, forum,
        new JsonObject { ["Closed"] = new JsonObject { ["Value"] = closed } });

    public static ContentItem Reply(string name, string topic) => Item("ForumReply", name, topic, []);

    /// <summary>An item of another type, contained in <paramref name="list"/>.</summary>
    public static ContentItem Page(string name, string list) => Item("Page", name, list, []);

    private static ContentItem Item(string type, string name, string? list, JsonObject ownPart)
    {
        var item = new ContentItem(type) { ContentItemId = Id(name), ContentItemVersionId = Id(name + "|v1"), DisplayText = name };
        if (list is not null)
        {
            item.GetOrCreatePart("ContainedPart")["ListContentItemId"] = Id(list);
        }
        item.Data[type] = ownPart;
        return item;
    }
}

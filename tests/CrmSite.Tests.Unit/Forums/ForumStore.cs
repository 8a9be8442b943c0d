using CrmSite.Content.Items;
using CrmSite.Content.Store;
using CrmSite.Tests.Unit.Infrastructure;

namespace CrmSite.Tests.Unit.Forums;

/// <summary>
/// A real SQLite store file holding a closed forum and an open one with an open and a closed topic, each with a
/// reply; shared (read only) by a test class.
/// </summary>
public sealed class ForumStore : TemporaryStore
{

    public ForumStore()
    {
        using var db = Open();
        ContentItem[] items =
        [
            ForumItems.Forum("archive", closed: true),
            ForumItems.Topic("archived topic", "archive"),
            ForumItems.Reply("archived reply", "archived topic"),
            ForumItems.Forum("open forum", closed: false),
            ForumItems.Topic("open topic", "open forum"),
            ForumItems.Topic("closed topic", "open forum", closed: true),
            ForumItems.Reply("reply in open topic", "open topic"),
            ForumItems.Reply("reply in closed topic", "closed topic"),
        ];
        foreach (var item in items)
        {
            item.Latest = true;
            item.Published = true;
            db.ContentItems.Add(ContentRecords.ToRecord(item, number: 1));
        }
        db.SaveChanges();
    }

}

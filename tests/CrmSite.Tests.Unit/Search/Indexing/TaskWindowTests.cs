using CrmSite.Content.Store;
using CrmSite.Search.Indexing;

namespace CrmSite.Tests.Unit.Search.Indexing;

public sealed class TaskWindowTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Safe_TakesAll_WhenIdsFollowTheCursorWithoutGaps() =>
        Assert.Equal([11, 12, 13], Ids(TaskWindow.Safe(Tasks((11, 0), (12, 0), (13, 0)), cursor: 10, Now)));

    [Fact]
    public void Safe_StopsBeforeAGap_WhileTheTaskAfterItIsRecent() =>
        Assert.Equal([11], Ids(TaskWindow.Safe(Tasks((11, 0), (13, 1), (14, 1)), cursor: 10, Now)));

    [Fact]
    public void Safe_StopsAtOnce_WhenTheFirstIdIsMissingAndRecent() =>
        Assert.Empty(TaskWindow.Safe(Tasks((12, 1)), cursor: 10, Now));

    [Fact]
    public void Safe_SkipsAGap_OnceTheTaskAfterItHasSettled() =>
        Assert.Equal([11, 13, 14], Ids(TaskWindow.Safe(Tasks((11, 60), (13, 30), (14, 1)), cursor: 10, Now)));

    private static IndexingTaskRecord[] Tasks(params (long Id, int SecondsAgo)[] tasks) =>
        [.. tasks.Select(t => new IndexingTaskRecord { Id = t.Id, ContentItemId = "x", CreatedUtc = Now.AddSeconds(-t.SecondsAgo) })];

    private static long[] Ids(IReadOnlyList<IndexingTaskRecord> tasks) => [.. tasks.Select(t => t.Id)];
}

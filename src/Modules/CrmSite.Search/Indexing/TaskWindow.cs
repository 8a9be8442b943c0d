using CrmSite.Content.Store;

namespace CrmSite.Search.Indexing;

/// <summary>
/// Which of the tasks read after a cursor are safe to apply now. Task ids are handed out when a change is written
/// but become visible when it commits, so a missing id may be a change still committing: the window stops before
/// a gap until the task after it is older than <see cref="Settle"/>; a gap that old is a rolled-back change.
/// </summary>
public static class TaskWindow
{
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    public static IReadOnlyList<IndexingTaskRecord> Safe(IReadOnlyList<IndexingTaskRecord> tasks, long cursor, DateTime nowUtc)
    {
        var expected = cursor + 1;
        for (var i = 0; i < tasks.Count; i++)
        {
            if (tasks[i].Id != expected && nowUtc - tasks[i].CreatedUtc < Settle)
            {
                return [.. tasks.Take(i)];
            }
            expected = tasks[i].Id + 1;
        }
        return tasks;
    }
}

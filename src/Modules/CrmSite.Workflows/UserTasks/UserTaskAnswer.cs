namespace CrmSite.Workflows.UserTasks;

/// <summary>What became of a request to complete a task (and, for the inbox, whether the user may).</summary>
public enum UserTaskAnswer
{
    Completed,

    /// <summary>No such task, or one the user may not see (as good as absent: 404).</summary>
    NotFound,

    /// <summary>The user submitted what the task is about, and the task wants someone else (403).</summary>
    OwnSubmission,

    /// <summary>The action is not one of the task's (422).</summary>
    UnknownAction,

    /// <summary>The action needs a comment (<c>CommentRequiredFor</c>) and none was given (422).</summary>
    CommentRequired,

    /// <summary>Someone completed or changed the task meanwhile (409).</summary>
    Conflict,
}

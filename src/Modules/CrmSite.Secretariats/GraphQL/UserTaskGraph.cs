using CrmSite.Content.Management;
using CrmSite.GraphQL.Mutations;
using CrmSite.GraphQL.Schema;
using CrmSite.Workflows.UserTasks;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Secretariats.GraphQL;

/// <summary>
/// Workflow user tasks in GraphQL: <c>userTasks</c> lists the tasks the caller may complete (the admin's approvals
/// inbox) and <c>completeUserTask</c> takes an action on one, checked by the same <see cref="UserTaskService"/> as the
/// admin. They serve every workflow's user tasks; they live here because the platform modules do not reference one
/// another and elections are the first workflow with people in it.
/// </summary>
public sealed class UserTaskGraph : IContentGraphContributor
{
    public void Contribute(ContentSchemaContext context)
    {
        var task = new ObjectGraphType { Name = context.NewTypeName("UserTask"), Description = "A workflow task waiting for a person." };
        task.AddField(GraphFields.Of("workflowId", "The workflow instance.", typeof(NonNullGraphType<StringGraphType>), c => ((UserTask)c.Source!).WorkflowId));
        task.AddField(GraphFields.Of("activityId", "The task's activity in the workflow.", typeof(NonNullGraphType<StringGraphType>), c => ((UserTask)c.Source!).ActivityId));
        task.AddField(GraphFields.Of("workflowType", "The workflow type's name.", typeof(NonNullGraphType<StringGraphType>), c => ((UserTask)c.Source!).TypeName));
        task.AddField(GraphFields.Of("actions", "The actions the task offers.", typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>), c => ((UserTask)c.Source!).Actions));
        task.AddField(GraphFields.Of("contentItemId", "The item the task is about.", typeof(StringGraphType), c => ((UserTask)c.Source!).ContentItem?.ContentItemId));
        task.AddField(GraphFields.Of("displayText", "The item's title.", typeof(StringGraphType), c => ((UserTask)c.Source!).ContentItem?.DisplayText));
        task.AddField(GraphFields.Of("waitingSince", "When the task began to wait (UTC).", typeof(NonNullGraphType<DateTimeGraphType>), c => ((UserTask)c.Source!).WaitingSinceUtc));
        context.Query.AddField(new FieldType
        {
            Name = "userTasks",
            Description = "The workflow tasks the caller may complete now (empty for anonymous callers).",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(task))),
            Resolver = new FuncFieldResolver<object>(async c =>
                await c.RequestServices!.GetRequiredService<UserTaskService>().InboxAsync(c.User!, c.CancellationToken)),
        });
        context.Mutation.AddField(new FieldType
        {
            Name = "completeUserTask",
            Description = "Takes one of a task's actions (e.g. Approve or Reject an election result). Only a user the task allows: its " +
                "roles, permission and chapter, and never the person who submitted what it is about. Returns the workflow's status after it ran.",
            Type = typeof(NonNullGraphType<StringGraphType>),
            Arguments = new QueryArguments(
                GraphFields.Argument("workflowId", "The workflow instance (userTasks or submitElectionResult give it).", typeof(NonNullGraphType<StringGraphType>)),
                GraphFields.Argument("activityId", "The task's activity id.", typeof(NonNullGraphType<StringGraphType>)),
                GraphFields.Argument("action", "One of the task's actions.", typeof(NonNullGraphType<StringGraphType>)),
                GraphFields.Argument("comment", "Why (needed to reject an election result).", typeof(StringGraphType))),
            Resolver = new FuncFieldResolver<object>(async c =>
            {
                var (answer, instance) = await c.RequestServices!.GetRequiredService<UserTaskService>().CompleteAsync(c.User!,
                    c.GetArgument<string>("workflowId"), c.GetArgument<string>("activityId"), c.GetArgument<string>("action"),
                    c.GetArgument<string?>("comment"), c.CancellationToken);
                return instance?.Status.ToString() ?? throw MutationErrors.From(Failure(answer, c.GetArgument<string>("action")));
            }),
        });
    }

    private static ContentResult Failure(UserTaskAnswer answer, string action) => answer switch
    {
        UserTaskAnswer.OwnSubmission => ContentResult.Fail(ContentFailure.Forbidden,
            new ContentError("workflowId", $"You submitted what this task is about: another person must decide.")),
        UserTaskAnswer.UnknownAction => ContentResult.Fail(ContentFailure.Invalid,
            new ContentError("action", $"'{action}' is not one of this task's actions.")),
        UserTaskAnswer.CommentRequired => ContentResult.Fail(ContentFailure.Invalid,
            new ContentError("comment", $"Say why: '{action}' needs a comment.")),
        UserTaskAnswer.Conflict => ContentResult.Fail(ContentFailure.Conflict,
            new ContentError("workflowId", $"Someone else completed this task first.")),
        _ => ContentResult.Fail(ContentFailure.NotFound, new ContentError("workflowId", $"There is no such task that you may complete.")),
    };
}

using System.Globalization;
using CrmSite.GraphQL.Mutations;
using CrmSite.GraphQL.Schema;
using CrmSite.Secretariats.ContentTypes;
using CrmSite.Secretariats.Elections;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Secretariats.GraphQL;

/// <summary>
/// <c>submitElectionResult</c>: an officer submits a result for their chapter; the answer says whether it waits for
/// approval or what must change. The user-task fields (<see cref="UserTaskGraph"/>) let another officer approve it.
/// </summary>
public sealed class ElectionGraph : IContentGraphContributor
{
    public void Contribute(ContentSchemaContext context)
    {
        if (context.TypeOf(SecretariatTypes.ElectionResult) is not { } resultType)
        {
            return;
        }
        var submission = new ObjectGraphType
        {
            Name = context.NewTypeName("ElectionSubmission"),
            Description = "A submitted election result and where it stands in the approval workflow.",
        };
        submission.AddField(GraphFields.Of("electionResult", "The result as saved (a draft until approved).", new NonNullGraphType(resultType),
            c => ((ElectionSubmission)c.Source!).ElectionResult));
        submission.AddField(GraphFields.Of("workflowId", "The approval workflow's instance, for completeUserTask.", typeof(StringGraphType),
            c => ((ElectionSubmission)c.Source!).WorkflowId));
        submission.AddField(GraphFields.Of("status", "AwaitingApproval, ChangesRequested, Approved, Rejected, or Faulted.",
            typeof(NonNullGraphType<StringGraphType>), c => ((ElectionSubmission)c.Source!).Status));
        submission.AddField(GraphFields.Of("reasons", "Why the result was sent back: every rule it breaks, empty when none.",
            typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>), c => ((ElectionSubmission)c.Source!).Reasons));
        context.Mutation.AddField(new FieldType
        {
            Name = "submitElectionResult",
            Description = "Submits a secretariat election result for approval (SubmitElectionResult for the chapter). It is saved as a draft " +
                "and checked at once; a valid result waits for another officer of the chapter holding ApproveElectionResult.",
            ResolvedType = new NonNullGraphType(submission),
            Arguments = new QueryArguments(Arguments()),
            Resolver = new FuncFieldResolver<object>(async c =>
            {
                var (saved, result) = await c.RequestServices!.GetRequiredService<ElectionSubmissions>().SubmitAsync(Input(c), c.CancellationToken);
                return result ?? throw MutationErrors.From(saved);
            }),
        });
    }

    private static QueryArgument[] Arguments() =>
    [
        GraphFields.Argument("chapter", "The chapter's content item id.", typeof(NonNullGraphType<IdGraphType>)),
        GraphFields.Argument("electedOrganization", "The elected member organisation's content item id.", typeof(NonNullGraphType<IdGraphType>)),
        GraphFields.Argument("termStart", "The first day of the new term, YYYY-MM-DD.", typeof(NonNullGraphType<StringGraphType>)),
        GraphFields.Argument("termEnd", "The last day of the new term, YYYY-MM-DD.", typeof(NonNullGraphType<StringGraphType>)),
        GraphFields.Argument("method", "elected-by-vote, unopposed or unknown.", typeof(NonNullGraphType<StringGraphType>)),
        GraphFields.Argument("nominations", "How many organisations were nominated.", typeof(IntGraphType)),
        GraphFields.Argument("votesCast", "How many votes were cast.", typeof(IntGraphType)),
        GraphFields.Argument("votesForElected", "The votes for the elected organisation.", typeof(IntGraphType)),
        GraphFields.Argument("electionCommission", "Who ran the election.", typeof(StringGraphType)),
        GraphFields.Argument("minutes", "The minutes, in Markdown.", typeof(StringGraphType)),
        GraphFields.Argument("sourceUrl", "Where the minutes or announcement are published.", typeof(StringGraphType)),
        GraphFields.Argument("title", "A title; by default one is made from the term's start.", typeof(StringGraphType)),
    ];

    private static ElectionResultInput Input(IResolveFieldContext c) => new(
        c.GetArgument<string>("chapter"),
        c.GetArgument<string>("electedOrganization"),
        Date(c, "termStart"),
        Date(c, "termEnd"),
        c.GetArgument<string>("method"),
        c.GetArgument<int?>("nominations"),
        c.GetArgument<int?>("votesCast"),
        c.GetArgument<int?>("votesForElected"),
        c.GetArgument<string?>("electionCommission"),
        c.GetArgument<string?>("minutes"),
        c.GetArgument<string?>("sourceUrl"),
        c.GetArgument<string?>("title"));

    private static DateTime Date(IResolveFieldContext c, string name) =>
        DateTime.TryParseExact(c.GetArgument<string>(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw MutationErrors.InvalidArgument(name, $"{name} is not a date: use YYYY-MM-DD.");
}

using CrmSite.GraphQL.Schema;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>
/// A mutation for tests only, <c>touch</c>, that counts how often it ran: it shows that a mutation sent by GET
/// never runs, while the same mutation sent by POST does.
/// </summary>
public sealed class TouchMutation : IContentGraphContributor
{
    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

    public void Contribute(ContentSchemaContext context) =>
        context.Mutation.AddField(new FieldType
        {
            Name = "touch",
            Description = "Counts a run (a test's probe); returns the count.",
            Type = typeof(IntGraphType),
            Resolver = new FuncFieldResolver<object>(_ => Interlocked.Increment(ref _runs)),
        });
}

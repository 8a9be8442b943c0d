using CrmSite.Content.Items;
using CrmSite.Content.Search;
using CrmSite.GraphQL.Querying;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.GraphQL.Schema;

/// <summary>
/// The visitor search as a query field, when a search module offers <see cref="IVisitorSearch"/>:
/// <c>search(query:, culture:, types:, first:, skip:) { total hits { score highlights titleHtml item } }</c>. Hits are
/// published items of types the caller may view, as on <c>/api/search</c>; each hit's item is read in one batch with
/// the others and checked again, and a hit whose item the caller may not read is left out.
/// </summary>
public sealed class SearchGraph(IServiceProviderIsService services) : IContentGraphContributor
{
    public const string FieldName = "search";
    private const int DefaultFirst = 10;

    public void Contribute(ContentSchemaContext context)
    {
        if (!services.IsService(typeof(IVisitorSearch)) || context.Query.HasField(FieldName))
        {
            return;
        }
        var hit = new ObjectGraphType { Name = context.NewTypeName("SearchHit"), Description = "An item the search found, with its score and its text around the words that matched." };
        hit.AddField(GraphFields.Of("score", "The relevance score: higher is better; only comparable within one search.", typeof(NonNullGraphType<FloatGraphType>),
            c => (double)Hit(c).Hit.Score));
        hit.AddField(GraphFields.Of("highlights", "Up to three fragments of the item's text around the words that matched, best first: HTML, the text encoded and each match in <mark>. When only the title matched, the opening of the text.",
            typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>), c => Hit(c).Hit.Highlights));
        hit.AddField(GraphFields.Of("titleHtml", "The item's title as HTML, encoded, with the words that matched in <mark>.", typeof(NonNullGraphType<StringGraphType>),
            c => Hit(c).Hit.TitleHtml));
        hit.AddField(GraphFields.Of("contentItemId", "The item's id.", typeof(NonNullGraphType<StringGraphType>), c => Hit(c).Item.ContentItemId));
        hit.AddField(GraphFields.Of("item", "The item found: its published version.", new NonNullGraphType(context.ItemInterface), c => Hit(c).Item));
        var results = new ObjectGraphType { Name = context.NewTypeName("SearchResults"), Description = "What a search found: how many items match and the requested window of them, best first." };
        results.AddField(GraphFields.Of("total", "How many published items of the types the caller may view match (on every page).", typeof(NonNullGraphType<IntGraphType>),
            c => ((Results)c.Source!).Total));
        results.AddField(GraphFields.Of("hits", "The hits of the requested window, best first.", new NonNullGraphType(new ListGraphType(new NonNullGraphType(hit))),
            c => ((Results)c.Source!).Hits));

        var known = context.ItemTypes.Keys.ToHashSet(StringComparer.Ordinal);
        var field = GraphFields.Async(FieldName,
            "Full-text search of the site's published content, as visitors search it (/api/search): every word must match, \"quoted words\" as a phrase, English and Urdu alike. Only items the caller may read are found.",
            new NonNullGraphType(results), context => SearchAsync(context, known));
        field.Arguments = new QueryArguments(Arguments(known));
        context.Query.AddField(field);
    }

    private static QueryArgument[] Arguments(HashSet<string> known)
    {
        var query = GraphFields.Argument("query", $"The words to find (at most {VisitorSearchRequest.MaxQueryLength} characters); no query syntax, \"quoted words\" match as a phrase.",
            typeof(NonNullGraphType<StringGraphType>));
        query.Validator = value => Check(new VisitorSearchRequest(value as string ?? ""), "query");
        var culture = GraphFields.Argument("culture", "Only items of this culture, e.g. en or ur.", typeof(StringGraphType));
        culture.Validator = value => Check(new VisitorSearchRequest("x", Culture: value as string), "culture");
        var types = GraphFields.Argument("types", "Only items of these content types (their technical names, e.g. FactSheet); any of them.",
            typeof(ListGraphType<NonNullGraphType<StringGraphType>>));
        types.Validator = value =>
        {
            var names = (value as IEnumerable<object?>)?.OfType<string>().ToList() ?? [];
            Check(new VisitorSearchRequest("x", Types: names), "types");
            if (names.Find(n => !known.Contains(n)) is { } unknown)
            {
                throw new ArgumentException($"'{unknown}' is not a content type of this site.");
            }
        };
        var first = GraphFields.Argument("first", $"How many hits to return: {DefaultFirst} when not given, at most {VisitorSearchRequest.MaxTake}.", typeof(IntGraphType));
        first.Validator = value => Check(new VisitorSearchRequest("x", Take: value as int? ?? DefaultFirst), "first");
        var skip = GraphFields.Argument("skip", $"How many of the best hits to pass over (at most {VisitorSearchRequest.MaxSkip}).", typeof(IntGraphType));
        skip.Validator = value => Check(new VisitorSearchRequest("x", Skip: value as int? ?? 0), "skip");
        return [query, culture, types, first, skip];
    }

    private static void Check(VisitorSearchRequest request, string member)
    {
        if (request.Problem() is var (problemMember, message) && problemMember == member)
        {
            throw new ArgumentException(message);
        }
    }

    private static async ValueTask<object?> SearchAsync(IResolveFieldContext context, HashSet<string> known)
    {
        var request = new VisitorSearchRequest(context.GetArgument<string>("query"), context.GetArgument<string?>("culture"),
            context.GetArgument<string[]?>("types"), context.GetArgument("skip", 0), context.GetArgument("first", DefaultFirst));
        if (request.Problem() is var (member, message))
        {
            throw new ExecutionError($"{member}: {message}") { Code = "INVALID_ARGUMENT" };
        }
        var services = context.RequestServices!;
        var found = await services.GetRequiredService<IVisitorSearch>().SearchAsync(request, context.CancellationToken)
            ?? throw new ExecutionError("Search is not available: the site's search index is not ready; try again shortly.") { Code = "SEARCH_UNAVAILABLE" };
        var data = services.GetRequiredService<ContentGraphData>();
        var loads = found.Hits.Select(h => data.Item(h.ContentItemId)).ToList();
        var hits = new List<HitSource>(loads.Count);
        for (var i = 0; i < loads.Count; i++)
        {
            // The first await reads every hit's item in one batch; an item the caller may not read comes back null.
            if (await loads[i].GetResultAsync(context.CancellationToken) is { } item && known.Contains(item.ContentType))
            {
                hits.Add(new HitSource(found.Hits[i], item));
            }
        }
        return new Results(found.Total, hits);
    }

    private static HitSource Hit(IResolveFieldContext context) => (HitSource)context.Source!;

    private sealed record HitSource(VisitorSearchHit Hit, ContentItem Item);

    private sealed record Results(int Total, IReadOnlyList<HitSource> Hits);
}

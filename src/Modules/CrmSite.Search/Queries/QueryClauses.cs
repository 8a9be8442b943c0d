using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// Counts the clauses of a query a parser built, so query strings draw on the same budget as DSL clauses.
internal static class QueryClauses
{
    public static int Count(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.Count + boolean.Clauses.Sum(clause => Count(clause.Query)),
        DisjunctionMaxQuery disjunction => disjunction.Disjuncts.Count + disjunction.Disjuncts.Sum(Count),
        ConstantScoreQuery { Query: { } inner } => Count(inner),
        _ => 0,
    };
}

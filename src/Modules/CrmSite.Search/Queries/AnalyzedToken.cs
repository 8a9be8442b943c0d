namespace CrmSite.Search.Queries;

internal readonly record struct AnalyzedToken(string Term, int Position);

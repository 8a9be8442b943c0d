namespace CrmSite.Search.Queries;

public sealed record QueryLimits(int MaxSize = 1000, int DefaultSize = 10, int MaxClauses = 1024, bool AllowLeadingWildcard = false,
    int MaxTermExpansions = 1000, int MaxDepth = 16);

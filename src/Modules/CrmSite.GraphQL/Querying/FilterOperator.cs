namespace CrmSite.GraphQL.Querying;

/// <summary>The comparison a <c>where</c> input field asks for; its suffix is the field's name ending.</summary>
public enum FilterOperator
{
    Equals,
    Not,
    In,
    NotIn,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
    Contains,
    NotContains,
    StartsWith,
    NotStartsWith,
    EndsWith,
    NotEndsWith,
}

/// <summary>The operators by value kind, with Orchard's suffixes.</summary>
public static class FilterOperators
{
    public static readonly IReadOnlyList<(string Suffix, FilterOperator Operator)> Text =
    [
        ("", FilterOperator.Equals), ("_not", FilterOperator.Not), ("_in", FilterOperator.In), ("_not_in", FilterOperator.NotIn),
        ("_gt", FilterOperator.GreaterThan), ("_gte", FilterOperator.GreaterThanOrEqual),
        ("_lt", FilterOperator.LessThan), ("_lte", FilterOperator.LessThanOrEqual),
        ("_contains", FilterOperator.Contains), ("_not_contains", FilterOperator.NotContains),
        ("_starts_with", FilterOperator.StartsWith), ("_not_starts_with", FilterOperator.NotStartsWith),
        ("_ends_with", FilterOperator.EndsWith), ("_not_ends_with", FilterOperator.NotEndsWith),
    ];

    public static readonly IReadOnlyList<(string Suffix, FilterOperator Operator)> Comparable =
    [
        ("", FilterOperator.Equals), ("_not", FilterOperator.Not), ("_in", FilterOperator.In), ("_not_in", FilterOperator.NotIn),
        ("_gt", FilterOperator.GreaterThan), ("_gte", FilterOperator.GreaterThanOrEqual),
        ("_lt", FilterOperator.LessThan), ("_lte", FilterOperator.LessThanOrEqual),
    ];

    public static readonly IReadOnlyList<(string Suffix, FilterOperator Operator)> Boolean =
    [
        ("", FilterOperator.Equals), ("_not", FilterOperator.Not),
    ];

    /// <summary>For fields holding several values (pickers, taxonomy terms): holds this value, holds one of these.</summary>
    public static readonly IReadOnlyList<(string Suffix, FilterOperator Operator)> List =
    [
        ("_contains", FilterOperator.Equals), ("_not_contains", FilterOperator.Not),
        ("_in", FilterOperator.In), ("_not_in", FilterOperator.NotIn),
    ];

    /// <summary>True for the negated forms, which hold for items without any matching value.</summary>
    public static bool IsNegated(FilterOperator op) =>
        op is FilterOperator.Not or FilterOperator.NotIn or FilterOperator.NotContains or FilterOperator.NotStartsWith or FilterOperator.NotEndsWith;

    /// <summary>The positive form of a negated operator.</summary>
    public static FilterOperator Positive(FilterOperator op) => op switch
    {
        FilterOperator.Not => FilterOperator.Equals,
        FilterOperator.NotIn => FilterOperator.In,
        FilterOperator.NotContains => FilterOperator.Contains,
        FilterOperator.NotStartsWith => FilterOperator.StartsWith,
        FilterOperator.NotEndsWith => FilterOperator.EndsWith,
        _ => op,
    };
}

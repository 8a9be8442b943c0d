namespace CrmSite.GraphQL.Querying;

/// <summary>
/// How the fields of one generated <c>where</c> input translate: a comparison on a target, a nested part input,
/// or a logical operator (<c>AND</c>, <c>OR</c>, <c>NOT</c>).
/// </summary>
public sealed class WhereInputMap
{
    private readonly Dictionary<string, WhereInputEntry> _entries = new(StringComparer.Ordinal);

    public void Add(string inputField, WhereInputEntry entry) => _entries[inputField] = entry;

    public bool Contains(string inputField) => _entries.ContainsKey(inputField);

    public WhereInputEntry? Find(string inputField) => _entries.GetValueOrDefault(inputField);
}

/// <summary>One input field of a <c>where</c> input.</summary>
public abstract record WhereInputEntry;

/// <summary>Compare <see cref="Target"/> with the given value.</summary>
public sealed record ComparisonEntry(FilterTarget Target, FilterOperator Operator) : WhereInputEntry;

/// <summary>
/// A part's own input object (<c>price: { amount_gt: 10 }</c>), or a field's (<c>topics: { termContentItemIds_contains:
/// "..." }</c>, bound to that field by <see cref="BoundPart"/> and <see cref="BoundField"/>); its fields are combined with AND.
/// </summary>
public sealed record NestedEntry(WhereInputMap Map, string? BoundPart = null, string? BoundField = null) : WhereInputEntry;

/// <summary><c>AND</c>, <c>OR</c> or <c>NOT</c> over inputs of the same type.</summary>
public sealed record LogicalEntry(LogicalOperator Operator) : WhereInputEntry;

public enum LogicalOperator
{
    And,
    Or,
    Not,
}

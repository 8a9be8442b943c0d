namespace CrmSite.GraphQL.Querying;

/// <summary>How the fields of one generated <c>orderBy</c> input translate: a sort target, or a part's own input.</summary>
public sealed class OrderByInputMap
{
    private readonly Dictionary<string, object> _entries = new(StringComparer.Ordinal);

    public void Add(string inputField, FilterTarget target) => _entries[inputField] = target;

    public void Add(string inputField, OrderByInputMap nested) => _entries[inputField] = nested;

    public bool Contains(string inputField) => _entries.ContainsKey(inputField);

    public object? Find(string inputField) => _entries.GetValueOrDefault(inputField);
}

using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// Numeric fields are indexed as trie terms (Int64Field, DoubleField), so they are searched with NumericRangeQuery of
// the same kind; a range of the wrong kind silently finds nothing, which is why the kind can be given per field.
internal static class NumericQueries
{
    // Orchard's rule when nothing says how a field is indexed: integers mean Int64Field, anything else DoubleField.
    public static NumericKind Guess(JsonNumber? lower, JsonNumber? upper) =>
        lower is { Integer: null } || upper is { Integer: null } ? NumericKind.DoubleField : NumericKind.Int64Field;

    public static Query Exact(string field, NumericKind kind, JsonNumber value, string path) =>
        Range(field, kind, value, true, value, true, path);

    public static Query Range(string field, NumericKind kind, JsonNumber? lower, bool includeLower, JsonNumber? upper, bool includeUpper, string path)
    {
        if (kind == NumericKind.DoubleField)
        {
            return NumericRangeQuery.NewDoubleRange(field, lower?.Value, upper?.Value, includeLower, includeUpper);
        }

        // A fractional bound on an integer field becomes the nearest integer inside the range: gt 5.5 is gte 6.
        long? min = null;
        long? max = null;
        if (lower is { } low)
        {
            min = low.Integer ?? ToInt64(Math.Ceiling(low.Value), path);
            includeLower |= low.Integer is null && min != low.Value;
        }

        if (upper is { } high)
        {
            max = high.Integer ?? ToInt64(Math.Floor(high.Value), path);
            includeUpper |= high.Integer is null && max != high.Value;
        }

        return NumericRangeQuery.NewInt64Range(field, min, max, includeLower, includeUpper);
    }

    private static long ToInt64(double value, string path) =>
        value is >= -9.2233720368547758E18 and < 9.2233720368547758E18
            ? (long)value
            : throw new QueryDslException(path, $"{value} is out of range for a 64-bit integer field");
}

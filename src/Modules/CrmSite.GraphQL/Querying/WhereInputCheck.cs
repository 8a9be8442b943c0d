using System.Collections;

namespace CrmSite.GraphQL.Querying;

/// <summary>
/// Checks a <c>where</c> argument while the document is validated, before anything runs: each condition becomes
/// an SQL predicate, and thousands of them (3,000 OR alternatives fit in a small request) make SQLite refuse the
/// statement and keep PostgreSQL busy for many seconds; text with a NUL character is refused by PostgreSQL.
/// </summary>
public static class WhereInputCheck
{
    public static void Check(object? where, int maxConditions)
    {
        var count = 0;
        Walk(where, maxConditions, ref count);
    }

    private static void Walk(object? value, int maxConditions, ref int count)
    {
        switch (value)
        {
            case IDictionary<string, object?> fields:
                foreach (var (_, field) in fields)
                {
                    if (field is IDictionary<string, object?> || (field is IEnumerable list and not string && list.OfType<IDictionary<string, object?>>().Any()))
                    {
                        Walk(field, maxConditions, ref count);
                        continue;
                    }
                    if (++count > maxConditions)
                    {
                        throw new ArgumentException($"where holds more than {maxConditions} conditions; narrow it, or split the query.");
                    }
                    CheckText(field);
                }
                break;
            case IEnumerable items and not string:
                foreach (var item in items)
                {
                    Walk(item, maxConditions, ref count);
                }
                break;
        }
    }

    private static void CheckText(object? value)
    {
        var texts = value switch
        {
            string text => [text],
            IEnumerable list => list.OfType<string>(),
            _ => [],
        };
        if (texts.Any(t => t.Contains('\0', StringComparison.Ordinal)))
        {
            throw new ArgumentException("where: text values cannot contain the NUL character (U+0000).");
        }
    }
}

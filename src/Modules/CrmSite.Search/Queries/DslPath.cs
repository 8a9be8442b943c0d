namespace CrmSite.Search.Queries;

// Paths read like JavaScript: query.bool.should[1].match, and field names that are not plain identifiers in
// brackets: query.range['FactSheet.Year'].gte.
internal static class DslPath
{
    public const string Root = "$";

    public static string Child(string parent, string name)
    {
        var plain = name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        var segment = plain ? name : $"['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";
        if (parent == Root)
        {
            return plain ? segment : Root + segment;
        }

        return plain ? $"{parent}.{segment}" : parent + segment;
    }

    public static string Item(string parent, int index) => $"{parent}[{index}]";

    // System.Text.Json reports "$.query.bool" or "$['a.b']"; ours drops the "$." prefix.
    public static string FromJsonPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == Root)
        {
            return Root;
        }

        return jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;
    }
}

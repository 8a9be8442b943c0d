using System.Globalization;
using System.Text;

namespace CrmSite.GraphQL.Schema;

/// <summary>Orchard's GraphQL naming: content types and fields in camelCase, parts without their <c>Part</c> suffix.</summary>
public static class GraphNames
{
    /// <summary><c>FactSheet</c> → <c>factSheet</c>; characters GraphQL does not allow in names are dropped.</summary>
    public static string Field(string name)
    {
        var clean = Clean(name);
        return clean.Length == 0 ? "_" : char.ToLowerInvariant(clean[0]) + clean[1..];
    }

    /// <summary><c>MarkdownBodyPart</c> → <c>markdownBody</c>.</summary>
    public static string Part(string partName) => Field(WithoutPartSuffix(partName));

    /// <summary><c>PricePart</c> → <c>Price</c>, kept as is when the name is only <c>Part</c>.</summary>
    public static string WithoutPartSuffix(string partName) =>
        partName.Length > 4 && partName.EndsWith("Part", StringComparison.Ordinal) ? partName[..^4] : partName;

    /// <summary>A type name: the name with characters GraphQL does not allow dropped, and a letter first.</summary>
    public static string Type(string name)
    {
        var clean = Clean(name);
        return clean.Length == 0 ? "_" : char.ToUpperInvariant(clean[0]) + clean[1..];
    }

    private static string Clean(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is '_' or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || (c is >= '0' and <= '9' && builder.Length > 0))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>Culture-invariant text for descriptions.</summary>
    public static string Describe(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

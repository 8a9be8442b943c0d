using CrmSite.Content.Management;

namespace CrmSite.FactSheets.ContentTypes;

/// <summary>The citation rules shared by the types that carry sources: a source link, and further sources as a list of URLs.</summary>
internal static class SourceRules
{
    /// <summary>A link field (<c>Url</c>, <c>Text</c>) that must hold an absolute http(s) address; <paramref name="missing"/> says why.</summary>
    public static void RequireLink(ContentValidationContext context, string part, string field, string label, string missing)
    {
        var member = $"{part}.{field}";
        var url = ItemFields.Text(context.Item, part, field, "Url");
        if (url is null)
        {
            context.AddError(member, $"{label}: {missing}");
        }
        else if (!WebAddress.IsAbsoluteHttp(url))
        {
            context.AddError(member, $"{label}: '{url}' is not an absolute http(s) address such as https://example.org/report.");
        }
    }

    /// <summary>
    /// Further sources: Orchard has no field for several links, so they are a MultiTextField whose <c>Values</c>
    /// are URLs, each an absolute http(s) address, none listed twice.
    /// </summary>
    public static void CheckFurtherSources(ContentValidationContext context, string part, string field, string label)
    {
        var member = $"{part}.{field}";
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var urls = ItemFields.Texts(context.Item, part, field, "Values");
        for (var i = 0; i < urls.Count; i++)
        {
            if (!WebAddress.IsAbsoluteHttp(urls[i]))
            {
                context.AddError(member, $"{label}: entry {i + 1} ('{urls[i]}') is not an absolute http(s) address such as https://example.org/report.");
            }
            else if (!seen.Add(urls[i]))
            {
                context.AddError(member, $"{label}: '{urls[i]}' is listed more than once.");
            }
        }
    }
}

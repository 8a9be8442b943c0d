using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Secretariats.ContentTypes;

namespace CrmSite.Secretariats.Workflows;

/// <summary>Finds a chapter's terms and secretariat for the election activities.</summary>
internal static class SecretariatTerms
{
    /// <summary>The chapter's published term that started last (the one an election replaces), or null.</summary>
    public static async Task<ContentItem?> LatestAsync(ContentReader content, string chapterId, CancellationToken cancellationToken)
    {
        const string Part = SecretariatTypes.SecretariatTerm;
        var terms = await content.ListByFieldAsync(Part, Part, "Chapter", chapterId, VersionOptions.Published, cancellationToken);
        return terms.OrderBy(t => SecretariatTermValidator.PeriodOf(t).SortDate ?? DateTime.MinValue).LastOrDefault();
    }

    /// <summary>The chapter's secretariat (its latest version), or null.</summary>
    public static async Task<ContentItem?> SecretariatOfAsync(ContentReader content, string chapterId, CancellationToken cancellationToken)
    {
        const string Part = SecretariatTypes.Secretariat;
        var found = await content.ListByFieldAsync(Part, Part, "Chapter", chapterId, VersionOptions.Latest, cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }
}

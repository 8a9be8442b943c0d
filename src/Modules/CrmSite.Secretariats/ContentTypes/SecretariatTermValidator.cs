using CrmSite.Content.Items;
using CrmSite.Content.Management;

namespace CrmSite.Secretariats.ContentTypes;

/// <summary>
/// A secretariat term: dates in order, votes that add up, and no overlap with another term of the same chapter's
/// secretariat (one host at a time).
/// </summary>
public sealed class SecretariatTermValidator(ContentReader content) : IContentValidator
{
    private const string Part = SecretariatTypes.SecretariatTerm;

    public async Task ValidateAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        if (context.Type.Name != SecretariatTypes.SecretariatTerm)
        {
            return;
        }
        var item = context.Item;
        TermRules.CheckDates(context, Part, "Start", "End");
        TermRules.CheckVotes(context, Part, "VotesForHost");
        await TermRules.CheckHostAsync(context, content, Part, "HostOrganization", cancellationToken);
        var period = PeriodOf(item);
        if (period.SortDate is null || (period.End is { } e && period.Start is { } s && e < s))
        {
            return;
        }
        foreach (var chapter in item.Ids(Part, "Chapter"))
        {
            var others = await content.ListByFieldAsync(Part, Part, "Chapter", chapter, VersionOptions.Latest, cancellationToken);
            foreach (var other in others.Where(o => o.ContentItemId != item.ContentItemId && period.Overlaps(PeriodOf(o))))
            {
                var otherPeriod = PeriodOf(other);
                context.AddError($"{Part}.Start",
                    $"This term ({Describe(period)}) overlaps the term '{other.DisplayText}' ({Describe(otherPeriod)}, item {other.ContentItemId}) of the same chapter's secretariat; a secretariat has one host at a time.");
            }
        }
    }

    public static TermPeriod PeriodOf(ContentItem term) => new(term.Date(Part, "Start"), term.Date(Part, "End"));

    private static string Describe(TermPeriod period) =>
        $"{period.Start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "start unknown"} to " +
        $"{period.End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "end unknown"}";
}

using CrmSite.Content.Items;
using CrmSite.Content.Management;

namespace CrmSite.Secretariats.ContentTypes;

/// <summary>Rules a secretariat term and an election result share: dates in order, votes that add up, a member host.</summary>
internal static class TermRules
{
    /// <summary>
    /// A secretariat is held by a member organisation: each picked id must be an Organization whose Membership is
    /// "member". Anything else is answered as "no such organisation", so the message never tells what an id is.
    /// </summary>
    public static async Task CheckHostAsync(ContentValidationContext context, ContentReader content, string part, string field,
        CancellationToken cancellationToken)
    {
        foreach (var id in context.Item.Ids(part, field))
        {
            var host = IdGenerator.IsWellFormed(id) ? await content.GetAsync(id, VersionOptions.Latest, cancellationToken) : null;
            if (host is null || host.ContentType != "Organization")
            {
                context.AddError($"{part}.{field}", $"There is no organisation '{id}': pick the member organisation that holds the secretariat.");
            }
            else if (host.Text("Organization", "Membership") != "member")
            {
                context.AddError($"{part}.{field}",
                    $"'{host.DisplayText}' is not a member organisation: only a member organisation can hold a secretariat.");
            }
        }
    }

    public static void CheckDates(ContentValidationContext context, string part, string startField, string endField)
    {
        var start = context.Item.Date(part, startField);
        var end = context.Item.Date(part, endField);
        if (start is null && end is null)
        {
            context.AddError($"{part}.{startField}", $"A term needs a {startField} or an {endField} date (as far as the source dates it).");
        }
        if (start is { } s && end is { } e && e.Date < s.Date)
        {
            context.AddError($"{part}.{endField}", $"The term ends ({e:yyyy-MM-dd}) before it starts ({s:yyyy-MM-dd}).");
        }
    }

    public static void CheckVotes(ContentValidationContext context, string part, string votesForField)
    {
        var item = context.Item;
        var cast = item.Number(part, "VotesCast");
        var votesFor = item.Number(part, votesForField);
        if (cast is { } c && votesFor is { } f && f > c)
        {
            context.AddError($"{part}.{votesForField}", $"{votesForField} ({f}) cannot exceed VotesCast ({c}).");
        }
    }
}

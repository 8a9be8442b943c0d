using CrmSite.Content.Items;
using CrmSite.Content.Management;

namespace CrmSite.Secretariats;

/// <summary>Rules a secretariat term and an election result share: dates in order, votes that add up.</summary>
internal static class TermRules
{
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

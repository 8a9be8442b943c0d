using CrmSite.Content.Management;

namespace CrmSite.FactSheets.ContentTypes;

/// <summary>
/// A legal milestone needs its date and a source URL. Sources often give only a month or a year ("Sep 2017",
/// "2004"); <c>DatePrecision</c> says so, and the date then falls on the first day of that month or year, so that
/// no day is claimed that the sources do not give.
/// </summary>
public sealed class LegalMilestoneValidator : IContentValidator
{
    public const string Day = "day";
    public const string Month = "month";
    public const string Year = "year";

    private const string Part = ContentTypeNames.LegalMilestone;

    public Task ValidateAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        if (context.Type.Name != ContentTypeNames.LegalMilestone)
        {
            return Task.CompletedTask;
        }
        var item = context.Item;
        SourceRules.RequireLink(context, Part, "Source", "Source",
            "a legal milestone needs the web address (URL) of a source for it.");
        SourceRules.CheckFurtherSources(context, Part, "FurtherSources", "Further sources");

        var date = ItemFields.Date(item, Part, "Date");
        if (date is null)
        {
            context.AddError($"{Part}.Date", $"Date: a legal milestone needs the date it happened (the first day of the month or year when only that is known).");
            return Task.CompletedTask;
        }
        var precision = ItemFields.Text(item, Part, "DatePrecision") ?? Day;
        var problem = precision switch
        {
            Month when date.Value.Day != 1 => "a date known to the month falls on the month's first day",
            Year when date.Value is not { Month: 1, Day: 1 } => "a date known to the year falls on 1 January",
            _ => null,
        };
        if (problem is not null)
        {
            context.AddError($"{Part}.Date", $"Date: {date.Value:yyyy-MM-dd} does not fit the precision '{precision}': {problem}.");
        }
        return Task.CompletedTask;
    }
}

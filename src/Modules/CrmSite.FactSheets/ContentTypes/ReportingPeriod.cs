using System.Globalization;
using System.Text.RegularExpressions;

namespace CrmSite.FactSheets.ContentTypes;

/// <summary>
/// The period an indicator value covers, written as the sources write it: a calendar year (<c>2018</c>), a survey
/// or fiscal year (<c>2021-22</c>), or a span of months (<c>2025-01/2025-06</c>).
/// </summary>
public static partial class ReportingPeriod
{
    public const string Formats = "a year (2018), a survey or fiscal year (2021-22) or a span of months (2025-01/2025-06)";

    public static bool IsValid(string? text)
    {
        if (text is null)
        {
            return false;
        }
        if (YearPattern().Match(text) is { Success: true } year)
        {
            return IsYear(year.Groups[1].Value);
        }
        if (SurveyYearPattern().Match(text) is { Success: true } survey)
        {
            return IsYear(survey.Groups[1].Value) &&
                (Number(survey.Groups[1].Value) + 1) % 100 == Number(survey.Groups[2].Value);
        }
        if (MonthSpanPattern().Match(text) is { Success: true } span)
        {
            var start = Month(span.Groups[1].Value, span.Groups[2].Value);
            var end = Month(span.Groups[3].Value, span.Groups[4].Value);
            return start is not null && end is not null && start <= end;
        }
        return false;
    }

    private static bool IsYear(string digits) => Number(digits) is >= 1900 and <= 2100;

    private static int? Month(string year, string month) =>
        IsYear(year) && Number(month) is >= 1 and <= 12 ? (Number(year) * 12) + Number(month) : null;

    private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{4})$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(\d{4})-(\d{2})$")]
    private static partial Regex SurveyYearPattern();

    [GeneratedRegex(@"^(\d{4})-(\d{2})/(\d{4})-(\d{2})$")]
    private static partial Regex MonthSpanPattern();
}

using System.Globalization;

namespace CrmSite.Workflows.Activities.Http;

/// <summary>Orchard's <c>HttpResponseCodes</c> ("200, 201"): each code is an outcome, and any other status takes <c>UnhandledHttpStatus</c>.</summary>
public static class HttpResponseCodes
{
    public const string Unhandled = "UnhandledHttpStatus";

    /// <summary>The codes listed (separated by commas, semicolons or spaces); 200 when none is.</summary>
    public static IReadOnlyList<int> Parse(string? text)
    {
        var codes = (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 100 and <= 599 ? code : 0)
            .Where(c => c != 0).Distinct().ToList();
        return codes.Count > 0 ? codes : [200];
    }

    /// <summary>The text of the codes that are not status codes, or null when all are.</summary>
    public static string? Invalid(string? text) =>
        (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(c => !int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code is < 100 or > 599);

    public static IReadOnlyList<string> Outcomes(string? text) =>
        [.. Parse(text).Select(c => c.ToString(CultureInfo.InvariantCulture)), Unhandled];

    /// <summary>The outcome a response with <paramref name="status"/> takes.</summary>
    public static string Outcome(string? text, int status) =>
        Parse(text).Contains(status) ? status.ToString(CultureInfo.InvariantCulture) : Unhandled;
}

using CrmSite.Content.Management;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrmSite.Content.Api;

/// <summary>RFC 9457 problem details for content operations: every error, each under the member it concerns.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult FromFailure(ContentResult result) => result.Failure switch
    {
        ContentFailure.Invalid => Problem(StatusCodes.Status422UnprocessableEntity, "The content item is not valid.", result.Errors),
        ContentFailure.NotFound => Problem(StatusCodes.Status404NotFound, "Not found.", result.Errors),
        ContentFailure.Stale => Problem(StatusCodes.Status412PreconditionFailed, "The item has changed since the version this change was based on.", result.Errors),
        // Permission failures name no member: the detail says which permission the change needs.
        ContentFailure.Unauthenticated => TypedResults.Problem(title: "Authentication is required.", detail: Detail(result.Errors),
            statusCode: StatusCodes.Status401Unauthorized),
        ContentFailure.Forbidden => TypedResults.Problem(title: "Forbidden.", detail: Detail(result.Errors), statusCode: StatusCodes.Status403Forbidden),
        _ => Problem(StatusCodes.Status409Conflict, "The change conflicts with another change.", result.Errors),
    };

    public static ProblemHttpResult BadRequest(string member, string message) =>
        Problem(StatusCodes.Status400BadRequest, "The request is malformed.", [ContentError.Verbatim(member, message)]);

    /// <summary>The version a <c>status</c> query parameter names (published by default), or null when it names none.</summary>
    public static VersionOptions? ParseStatus(string? status) => status?.ToLowerInvariant() switch
    {
        null or "" or "published" => VersionOptions.Published,
        "latest" => VersionOptions.Latest,
        "draft" => VersionOptions.Draft,
        _ => null,
    };

    public static ProblemHttpResult BadStatus(string? status) =>
        BadRequest("status", $"'{status}' is not a status; use published, latest or draft.");

    public static ProblemHttpResult NotFound(string contentItemId) =>
        Problem(StatusCodes.Status404NotFound, "Not found.", [new ContentError("contentItemId", $"Item {contentItemId} was not found.")]);

    public static ProblemHttpResult Problem(int status, string title, IReadOnlyList<ContentError> errors) =>
        TypedResults.Problem(
            title: title,
            detail: Detail(errors),
            statusCode: status,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = errors.GroupBy(e => e.Member).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            });

    private static string Detail(IReadOnlyList<ContentError> errors) => string.Join(" ", errors.Select(e => e.Message));
}

using CrmSite.Content.Management;
using CrmSite.GraphQL.Schema;
using GraphQL;

namespace CrmSite.GraphQL.Mutations;

/// <summary>
/// A failed content write as a GraphQL error: its code says what went wrong (INVALID, NOT_FOUND, STALE, CONFLICT,
/// or ACCESS_DENIED, which the endpoint answers with 401 or 403) and <c>extensions.errors</c> lists each message
/// under the member it concerns, as the REST API's problem details do.
/// </summary>
public static class MutationErrors
{
    public const string Invalid = "INVALID";
    public const string NotFound = "NOT_FOUND";
    public const string Stale = "STALE";
    public const string Conflict = "CONFLICT";

    public static ExecutionError From(ContentResult result)
    {
        var message = string.Join(" ", result.Errors.Select(e => e.Message));
        return result.Failure switch
        {
            ContentFailure.Unauthenticated or ContentFailure.Forbidden => new AccessDeniedError(message),
            ContentFailure.Invalid => Coded(Invalid, message, result.Errors),
            ContentFailure.NotFound => Coded(NotFound, message, result.Errors),
            ContentFailure.Stale => Coded(Stale, message, result.Errors),
            _ => Coded(Conflict, message, result.Errors),
        };
    }

    /// <summary>One problem with one argument or member, e.g. <c>contentItem</c> that is not JSON.</summary>
    public static ExecutionError InvalidArgument(string member, string message) => Coded(Invalid, message, [ContentError.Verbatim(member, message)]);

    private static ExecutionError Coded(string code, string message, IReadOnlyList<ContentError> errors) => new(message)
    {
        Code = code,
        Extensions = new Dictionary<string, object?>
        {
            ["errors"] = errors.GroupBy(e => e.Member).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
        },
    };
}

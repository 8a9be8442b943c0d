using CrmSite.Content.Management;

namespace CrmSite.Content.Media;

/// <summary>
/// The outcome of a media store change: the path written or removed, or why it was refused (an error whose message
/// the admin shows in the user's language and the API in English).
/// </summary>
public sealed record MediaResult(string? Path, MediaProblem? Problem = null, ContentError? Error = null)
{
    public bool Succeeded => Problem is null;

    /// <summary>Why the change was refused, in English.</summary>
    public string? Message => Error?.Message;

    public static MediaResult Refused(MediaProblem problem, FormattableString message) => new(null, problem, new ContentError("file", message));
}

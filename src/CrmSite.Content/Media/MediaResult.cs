namespace CrmSite.Content.Media;

/// <summary>The outcome of a media store change: the path written or removed, or why it was refused (with a message for people).</summary>
public sealed record MediaResult(string? Path, MediaProblem? Problem = null, string? Message = null)
{
    public bool Succeeded => Problem is null;

    public static MediaResult Refused(MediaProblem problem, string message) => new(null, problem, message);
}

namespace CrmSite.Content.Media;

/// <summary>Why the media store refused a change.</summary>
public enum MediaProblem
{
    /// <summary>The path or name is not a safe media path (<see cref="MediaPath"/>).</summary>
    BadName,

    /// <summary>The extension is not allowed (site-wide or by the field).</summary>
    ExtensionNotAllowed,

    /// <summary>The file's first bytes are not what its extension claims.</summary>
    ContentMismatch,

    /// <summary>The file is larger than <see cref="MediaOptions.MaxFileSize"/>.</summary>
    TooLarge,

    /// <summary>The file is empty.</summary>
    Empty,

    /// <summary>A file or folder of that name exists.</summary>
    Exists,

    NotFound,

    /// <summary>The folder still holds files or folders.</summary>
    NotEmpty,
}

using System.Text;

namespace CrmSite.Content.Media;

/// <summary>
/// Media paths as Orchard writes them: relative, forward slashes, no leading slash (<c>factsheets/2024/report.pdf</c>).
/// A path is accepted only when every segment is a plain name: no <c>.</c> or <c>..</c>, no empty segment, no
/// backslash, drive, control or reserved character, no name Windows reserves (CON, NUL, COM1, ...), no leading dot
/// (hidden files) and no trailing dot or space (which Windows drops). Accepted paths are in Unicode form C, so one
/// name is one file on every file system.
/// </summary>
public static class MediaPath
{
    /// <summary>The longest segment and the longest path accepted, in characters.</summary>
    public const int MaxSegmentLength = 200;

    public const int MaxLength = 1000;

    private static readonly string[] ReservedNames =
    [
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    ];

    private const string ForbiddenCharacters = "\\:*?\"<>|";

    /// <summary>
    /// Normalises <paramref name="path"/> (a trailing slash of a folder is dropped); false when it is not a safe
    /// media path. The root folder is <c>""</c>, accepted only when <paramref name="allowRoot"/>.
    /// </summary>
    public static bool TryNormalize(string? path, out string normalized, bool allowRoot = false)
    {
        normalized = "";
        if (string.IsNullOrEmpty(path))
        {
            return allowRoot;
        }
        if (path.Length > MaxLength || path[0] == '/')
        {
            return false;
        }
        if (!IsWellFormed(path))
        {
            return false;
        }
        var form = path.Normalize(NormalizationForm.FormC);
        if (form.EndsWith('/'))
        {
            form = form[..^1];
        }
        if (form.Length == 0 || !form.Split('/').All(IsName))
        {
            return false;
        }
        normalized = form;
        return true;
    }

    /// <summary>True when <paramref name="name"/> is one safe segment: a file or folder name.</summary>
    public static bool IsName(string name)
    {
        if (name.Length == 0 || name.Length > MaxSegmentLength || name[0] == '.' || name[^1] is '.' or ' ' || name[0] == ' ')
        {
            return false;
        }
        if (name.Any(c => char.IsControl(c) || ForbiddenCharacters.Contains(c) || c == '/'))
        {
            return false;
        }
        var stem = name.Split('.')[0].TrimEnd();
        return !ReservedNames.Contains(stem, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>False when <paramref name="text"/> holds a lone surrogate, which no file system stores the same way.</summary>
    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary><paramref name="folder"/> and <paramref name="name"/> joined (the root folder is <c>""</c>).</summary>
    public static string Combine(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;

    /// <summary>The folder holding <paramref name="path"/> (<c>""</c> for the root).</summary>
    public static string FolderOf(string path) => path.LastIndexOf('/') is var at and >= 0 ? path[..at] : "";

    /// <summary>The last segment of <paramref name="path"/>.</summary>
    public static string NameOf(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>The extension of <paramref name="path"/>, lower case with its dot ("" when none).</summary>
    public static string ExtensionOf(string path)
    {
        var name = NameOf(path);
        var dot = name.LastIndexOf('.');
        return dot <= 0 ? "" : name[dot..].ToLowerInvariant();
    }
}

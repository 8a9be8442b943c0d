using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace CrmSite.Content.Media;

/// <summary>
/// What the media library accepts (<c>CrmSite:Media</c>), with the defaults of Orchard's <c>OrchardCore_Media</c>
/// section: images, office documents, PDF, plain text, MP3 and MP4; 30 MB a file and 100 MB a request.
/// </summary>
public sealed class MediaOptions
{
    /// <summary>The extensions allowed when the configuration names none. No SVG, HTML or script: they run in a browser.</summary>
    public static readonly IReadOnlyList<string> DefaultExtensions =
    [
        ".jpg", ".jpeg", ".png", ".gif", ".webp",
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".csv", ".txt",
        ".mp3", ".mp4",
    ];

    /// <summary>The extensions a file may have, lower case with their dot.</summary>
    public IReadOnlySet<string> AllowedFileExtensions { get; init; } = new HashSet<string>(DefaultExtensions, StringComparer.OrdinalIgnoreCase);

    /// <summary>The largest file accepted, in bytes (Orchard's <c>MaxFileSize</c>, 30,000,000 by default).</summary>
    public long MaxFileSize { get; init; } = 30_000_000;

    /// <summary>The largest upload request (several files and the form), in bytes (Orchard's <c>MaxRequestBodySize</c>).</summary>
    public long MaxRequestBodySize { get; init; } = 100_000_000;

    /// <summary>
    /// Reads <c>CrmSite:Media</c>. A configured extension list replaces the defaults (the configuration binder
    /// would append to them, which could never narrow the list).
    /// </summary>
    public static MediaOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("CrmSite:Media");
        var extensions = section.GetSection("AllowedFileExtensions").GetChildren().Select(c => c.Value ?? "")
            .Select(e => e.Trim()).Where(e => e.Length > 0).Select(e => e.StartsWith('.') ? e : "." + e).ToList();
        var defaults = new MediaOptions();
        return new MediaOptions
        {
            AllowedFileExtensions = extensions.Count > 0 ? new HashSet<string>(extensions, StringComparer.OrdinalIgnoreCase) : defaults.AllowedFileExtensions,
            MaxFileSize = Size(section["MaxFileSize"]) ?? defaults.MaxFileSize,
            MaxRequestBodySize = Size(section["MaxRequestBodySize"]) ?? defaults.MaxRequestBodySize,
        };
    }

    private static long? Size(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0 ? size : null;
}

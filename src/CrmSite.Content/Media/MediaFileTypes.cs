namespace CrmSite.Content.Media;

/// <summary>
/// What a media file is: its content type by extension, whether browsers may show it inline, and whether its first
/// bytes are what its extension claims (so an HTML page renamed <c>.png</c> is refused).
/// </summary>
public static class MediaFileTypes
{
    /// <summary>How many leading bytes <see cref="ContentMatches"/> needs.</summary>
    public const int HeadLength = 16;

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".pdf"] = "application/pdf",
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".ppt"] = "application/vnd.ms-powerpoint",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".csv"] = "text/csv",
        [".txt"] = "text/plain",
        [".mp3"] = "audio/mpeg",
        [".mp4"] = "video/mp4",
    };

    private static readonly byte[] Zip = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] OleCompound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The content type served for <paramref name="extension"/>; unknown ones are <c>application/octet-stream</c>.</summary>
    public static string ContentTypeOf(string extension) =>
        ContentTypes.TryGetValue(extension, out var type) ? type : "application/octet-stream";

    /// <summary>Images, PDF, audio and video are shown inline; anything else is downloaded.</summary>
    public static bool IsInline(string contentType) =>
        contentType.StartsWith("image/", StringComparison.Ordinal) || contentType.StartsWith("audio/", StringComparison.Ordinal) ||
        contentType.StartsWith("video/", StringComparison.Ordinal) || contentType == "application/pdf";

    public static bool IsImage(string extension) => ContentTypeOf(extension).StartsWith("image/", StringComparison.Ordinal);

    /// <summary>
    /// True when <paramref name="head"/> (the file's first bytes, up to <see cref="HeadLength"/>) fits
    /// <paramref name="extension"/>: the signatures of images, PDF, office files (zip or OLE), MP3 and MP4; text
    /// must hold no NUL byte. Extensions a site adds beyond the known ones are not checked.
    /// </summary>
    public static bool ContentMatches(string extension, ReadOnlySpan<byte> head) => extension.ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        ".png" => head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ".gif" => head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8),
        ".webp" => head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8),
        ".pdf" => head.StartsWith("%PDF-"u8),
        ".docx" or ".xlsx" or ".pptx" or ".odt" or ".ods" => head.StartsWith(Zip),
        ".doc" or ".xls" or ".ppt" => head.StartsWith(OleCompound),
        ".mp3" => head.StartsWith("ID3"u8) || head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0,
        ".mp4" => head.Length >= 8 && head[4..8].SequenceEqual("ftyp"u8),
        ".txt" or ".csv" => !head.Contains((byte)0),
        _ => true,
    };
}

using CrmSite.Content.Store;

namespace CrmSite.Content.Media;

/// <summary>
/// The media library on disk, under <c>&lt;DataPath&gt;/Media</c>. Every path passes <see cref="MediaPath"/> and
/// must resolve inside the root with no link on the way, so no name reaches outside it. Uploads are written to a
/// temporary file beside the root, counted while they stream (the size limit holds whatever the request said),
/// checked against their extension, and moved into place only when complete: a refused or broken upload leaves
/// nothing in the library.
/// </summary>
public sealed class MediaStore
{
    private readonly MediaOptions _options;

    public MediaStore(StoreOptions store, MediaOptions options)
    {
        _options = options;
        Root = Path.GetFullPath(Path.Combine(store.DataPath, "Media"));
        UploadFolder = Path.GetFullPath(Path.Combine(store.DataPath, "MediaUploads"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>The library's folder.</summary>
    public string Root { get; }

    public MediaOptions Options => _options;

    /// <summary>Where uploads are written until they are complete and checked (beside the root, never served).</summary>
    private string UploadFolder { get; }

    /// <summary>The address a media path is served at.</summary>
    public static string UrlOf(string path) => "/media/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The files and folders of <paramref name="folder"/>, folders first; null when it is not a folder of the library.</summary>
    public IReadOnlyList<MediaEntry>? List(string? folder)
    {
        if (!MediaPath.TryNormalize(folder, out var path, allowRoot: true) || Resolve(path) is not { } full)
        {
            return null;
        }
        var directory = new DirectoryInfo(full);
        if (!directory.Exists)
        {
            return null;
        }
        return [.. directory.EnumerateFileSystemInfos()
            .Where(e => e.LinkTarget is null && MediaPath.IsName(e.Name))
            .Select(e => new MediaEntry(MediaPath.Combine(path, e.Name), e.Name, e is DirectoryInfo, e is FileInfo f ? f.Length : 0, e.LastWriteTimeUtc))
            .OrderByDescending(e => e.IsFolder).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The file at <paramref name="path"/>, or null when there is none or the path is not safe.</summary>
    public FileInfo? FindFile(string? path) =>
        MediaPath.TryNormalize(path, out var normalized) && Resolve(normalized) is { } full && new FileInfo(full) is { Exists: true } file ? file : null;

    public bool FolderExists(string? folder) =>
        MediaPath.TryNormalize(folder, out var normalized, allowRoot: true) && Resolve(normalized) is { } full && Directory.Exists(full);

    /// <summary>Creates folder <paramref name="name"/> in <paramref name="parent"/>.</summary>
    public MediaResult CreateFolder(string? parent, string? name)
    {
        if (!MediaPath.TryNormalize(parent, out var folder, allowRoot: true) || !FolderExists(folder))
        {
            return MediaResult.Refused(MediaProblem.NotFound, $"The folder does not exist.");
        }
        if (name is null || !MediaPath.IsName(name.Trim()) || !MediaPath.TryNormalize(MediaPath.Combine(folder, name.Trim()), out var path) ||
            Resolve(path) is not { } full)
        {
            return MediaResult.Refused(MediaProblem.BadName, $"A folder name may not be empty, start with a dot, or hold / \\ : * ? \" < > | or control characters.");
        }
        if (Directory.Exists(full) || File.Exists(full))
        {
            return MediaResult.Refused(MediaProblem.Exists, $"'{MediaPath.NameOf(path)}' already exists in this folder.");
        }
        Directory.CreateDirectory(full);
        return new MediaResult(path);
    }

    /// <summary>
    /// Saves <paramref name="content"/> as <paramref name="fileName"/> in <paramref name="folder"/> (created when
    /// missing). The extension must be allowed by the site and, when given, by <paramref name="fieldExtensions"/>.
    /// An existing file is refused, or with <paramref name="renameWhenTaken"/> the name gets a number (<c>report-1.pdf</c>).
    /// </summary>
    public async Task<MediaResult> SaveAsync(string? folder, string? fileName, Stream content, IReadOnlyCollection<string>? fieldExtensions = null,
        bool renameWhenTaken = false, CancellationToken cancellationToken = default)
    {
        // Browsers of old sent the client's whole path; only its last segment is the name.
        var name = (fileName ?? "").Replace('\\', '/').Split('/')[^1].Trim();
        if (!MediaPath.TryNormalize(folder, out var target, allowRoot: true) || !MediaPath.IsName(name) ||
            !MediaPath.TryNormalize(MediaPath.Combine(target, name), out var path) || Resolve(path) is null)
        {
            return MediaResult.Refused(MediaProblem.BadName, $"'{name}' is not a file name the library accepts: no leading dot, no / \\ : * ? \" < > | or control characters.");
        }
        var extension = MediaPath.ExtensionOf(path);
        if (!_options.AllowedFileExtensions.Contains(extension) || fieldExtensions is { Count: > 0 } && !fieldExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            var allowed = fieldExtensions is { Count: > 0 } ? fieldExtensions.Where(_options.AllowedFileExtensions.Contains) : _options.AllowedFileExtensions.Order();
            return MediaResult.Refused(MediaProblem.ExtensionNotAllowed, $"'{name}': files of type '{(extension.Length == 0 ? "(none)" : extension)}' are not allowed here. Allowed: {string.Join(' ', allowed)}.");
        }
        Directory.CreateDirectory(UploadFolder);
        var temporary = Path.Combine(UploadFolder, Guid.NewGuid().ToString("N") + ".upload");
        try
        {
            var written = await CopyAsync(content, temporary, extension, name, cancellationToken);
            if (written is not null)
            {
                return written;
            }
            return Place(temporary, path, renameWhenTaken);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Deletes the file at <paramref name="path"/>.</summary>
    public MediaResult DeleteFile(string? path)
    {
        if (!MediaPath.TryNormalize(path, out var normalized) || Resolve(normalized) is not { } full || !File.Exists(full))
        {
            return MediaResult.Refused(MediaProblem.NotFound, $"There is no such file.");
        }
        File.Delete(full);
        return new MediaResult(normalized);
    }

    /// <summary>Deletes the folder at <paramref name="path"/> when it is empty.</summary>
    public MediaResult DeleteFolder(string? path)
    {
        if (!MediaPath.TryNormalize(path, out var normalized) || Resolve(normalized) is not { } full || !Directory.Exists(full))
        {
            return MediaResult.Refused(MediaProblem.NotFound, $"There is no such folder.");
        }
        if (Directory.EnumerateFileSystemEntries(full).Any())
        {
            return MediaResult.Refused(MediaProblem.NotEmpty, $"'{MediaPath.NameOf(normalized)}' is not empty: delete what it holds first.");
        }
        Directory.Delete(full);
        return new MediaResult(normalized);
    }

    /// <summary>Streams <paramref name="content"/> into <paramref name="temporary"/>; a refusal, or null when the file is good.</summary>
    private async Task<MediaResult?> CopyAsync(Stream content, string temporary, string extension, string name, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        var head = new byte[MediaFileTypes.HeadLength];
        var headLength = 0;
        await using var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, useAsync: true);
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > _options.MaxFileSize)
            {
                return MediaResult.Refused(MediaProblem.TooLarge, $"'{name}' is larger than {Megabytes(_options.MaxFileSize)}, the largest file the library accepts.");
            }
            var toHead = Math.Min(read, head.Length - headLength);
            buffer.AsSpan(0, toHead).CopyTo(head.AsSpan(headLength));
            headLength += toHead;
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        if (total == 0)
        {
            return MediaResult.Refused(MediaProblem.Empty, $"'{name}' is empty.");
        }
        return MediaFileTypes.ContentMatches(extension, head.AsSpan(0, headLength))
            ? null
            : MediaResult.Refused(MediaProblem.ContentMismatch, $"'{name}' is not a {extension} file: its content does not match its extension.");
    }

    private MediaResult Place(string temporary, string path, bool renameWhenTaken)
    {
        var folder = MediaPath.FolderOf(path);
        var name = MediaPath.NameOf(path);
        var extension = MediaPath.ExtensionOf(path);
        var stem = name[..^extension.Length];
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var candidate = attempt == 0 ? path : MediaPath.Combine(folder, $"{stem}-{attempt.ToString(System.Globalization.CultureInfo.InvariantCulture)}{extension}");
            if (Resolve(candidate) is not { } full)
            {
                break;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            if (Directory.Exists(full))
            {
                return MediaResult.Refused(MediaProblem.Exists, $"'{name}' is the name of a folder here.");
            }
            try
            {
                File.Move(temporary, full, overwrite: false);
                return new MediaResult(candidate);
            }
            catch (IOException) when (File.Exists(full))
            {
                if (!renameWhenTaken)
                {
                    return MediaResult.Refused(MediaProblem.Exists, $"'{name}' already exists in this folder: delete it first or rename your file.");
                }
            }
        }
        return MediaResult.Refused(MediaProblem.Exists, $"'{name}' already exists in this folder.");
    }

    /// <summary>
    /// The full path of a normalised media path, or null when it would leave the root or pass through a link
    /// (a link could point anywhere on the disk).
    /// </summary>
    private string? Resolve(string path)
    {
        var full = Path.GetFullPath(Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar)));
        if (path.Length == 0)
        {
            return full == Root ? full : null;
        }
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }
        for (var at = full; at.Length > Root.Length; at = Path.GetDirectoryName(at)!)
        {
            if ((File.Exists(at) || Directory.Exists(at)) && new FileInfo(at).LinkTarget is not null)
            {
                return null;
            }
        }
        return full;
    }

    private static string Megabytes(long bytes) => $"{(bytes / 1_000_000.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} MB";
}

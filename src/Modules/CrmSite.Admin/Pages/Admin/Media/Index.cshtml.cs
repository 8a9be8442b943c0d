using System.Globalization;
using CrmSite.Content.Audit;
using CrmSite.Content.Localization;
using CrmSite.Content.Management;
using CrmSite.Content.Media;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CrmSite.Admin.Pages.Admin.Media;

/// <summary>
/// The media library (<c>/admin/media?path=folder</c>, ManageMediaContent): a folder's files and folders, upload
/// into it, a new folder, delete a file or an empty folder. Every change is audited; refusals (a name, an
/// extension, a size, an existing file) are shown beside their input with 422.
/// </summary>
public sealed class IndexModel(MediaStore store, MediaAudit audit, ContentActor actor, IStringLocalizer<AdminText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "path")]
    public string? Path { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>The current folder, normalised (<c>""</c> for the root).</summary>
    public string Folder { get; private set; } = "";

    public IReadOnlyList<MediaEntry> Entries { get; private set; } = [];

    /// <summary>Errors by input: <c>files</c>, <c>name</c>, or <c>delete</c> for a row's delete button.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public MediaOptions Options => store.Options;

    public IActionResult OnGet() => Load() ? Page() : NotFound();

    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile>? files)
    {
        if (!Load())
        {
            return NotFound();
        }
        if (files is null || files.Count == 0 || files.All(f => f.Length == 0 && string.IsNullOrEmpty(f.FileName)))
        {
            return Refuse("files", text["Choose one or more files to upload."]);
        }
        var saved = new List<string>();
        var refused = new List<string>();
        foreach (var file in files)
        {
            await using var stream = file.OpenReadStream();
            var result = await store.SaveAsync(Folder, file.FileName, stream, cancellationToken: HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                saved.Add(result.Path!);
                await audit.RecordAsync(MediaAudit.MediaUploaded, actor.UserName, result.Path!, Size(file.Length), HttpContext.RequestAborted);
            }
            else
            {
                refused.Add(text.Localize(result.Error!));
            }
        }
        if (refused.Count > 0)
        {
            Entries = store.List(Folder) ?? [];
            var kept = saved.Count == 0 ? "" : " " + text["Uploaded: {0}.", string.Join(", ", saved.Select(MediaPath.NameOf))];
            return Refuse("files", string.Join(' ', refused) + kept);
        }
        return Redirect(Here(saved.Count == 1 ? "uploaded" : "uploaded-" + saved.Count.ToString(CultureInfo.InvariantCulture)));
    }

    public async Task<IActionResult> OnPostFolderAsync(string? name)
    {
        if (!Load())
        {
            return NotFound();
        }
        var result = store.CreateFolder(Folder, name);
        if (!result.Succeeded)
        {
            return Refuse("name", text.Localize(result.Error!));
        }
        await audit.RecordAsync(MediaAudit.MediaFolderCreated, actor.UserName, result.Path!, cancellationToken: HttpContext.RequestAborted);
        return Redirect(Here("folder"));
    }

    /// <summary>Deletes <paramref name="target"/>, a file or an empty folder of the current folder.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(string? target)
    {
        if (!Load())
        {
            return NotFound();
        }
        var isFolder = store.FolderExists(target) && !string.IsNullOrEmpty(target);
        var result = isFolder ? store.DeleteFolder(target) : store.DeleteFile(target);
        if (!result.Succeeded)
        {
            return result.Problem == MediaProblem.NotFound ? NotFound() : Refuse("delete", text.Localize(result.Error!));
        }
        await audit.RecordAsync(isFolder ? MediaAudit.MediaFolderDeleted : MediaAudit.MediaDeleted, actor.UserName, result.Path!,
            cancellationToken: HttpContext.RequestAborted);
        return Redirect(Here("deleted"));
    }

    /// <summary>The folders from the root to the current one, each with its path.</summary>
    public IEnumerable<(string Name, string Path)> Breadcrumb()
    {
        var path = "";
        foreach (var segment in Folder.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            path = MediaPath.Combine(path, segment);
            yield return (segment, path);
        }
    }

    public static string FolderHref(string path) => path.Length == 0 ? "/admin/media" : "/admin/media?path=" + Uri.EscapeDataString(path);

    public static string Size(long bytes) => bytes switch
    {
        < 1_000 => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
        < 1_000_000 => (bytes / 1_000.0).ToString("0.#", CultureInfo.InvariantCulture) + " kB",
        _ => (bytes / 1_000_000.0).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };

    /// <summary>Reads the folder named by <see cref="Path"/>; false when it is not a folder of the library.</summary>
    private bool Load()
    {
        if (!MediaPath.TryNormalize(Path, out var folder, allowRoot: true) || store.List(folder) is not { } entries)
        {
            return false;
        }
        Folder = folder;
        Entries = entries;
        return true;
    }

    private string Here(string done) => FolderHref(Folder) + (Folder.Length == 0 ? "?" : "&") + "done=" + done;

    private PageResult Refuse(string input, string message)
    {
        Errors[input] = message;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}

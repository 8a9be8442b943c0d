using System.Globalization;
using CrmSite.Content.Api;
using CrmSite.Content.Audit;
using CrmSite.Content.Management;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CrmSite.Content.Media;

/// <summary>
/// The media library for API clients (ManageMediaContent): <c>GET /api/media?path=folder</c> lists a folder and
/// <c>POST /api/media?path=folder</c> uploads the multipart body's files into it, with the item shape of Orchard's
/// media admin (name, mediaPath, url, size, mime). Refusals are problem details (422 with an error per file; 404
/// for a folder that is not there).
/// </summary>
public static class MediaApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/media").WithTags("Media").RequireAuthorization(MediaPermissions.ManageMedia.Policy);
        group.MapGet("/", ListMedia);
        // The form is read by the handler, not bound: the cookie-write filter stands in for form antiforgery, as on the content API.
        group.MapPost("/", UploadMedia).AddEndpointFilter<CookieWriteAntiforgery>().DisableAntiforgery();
    }

    public static IResult ListMedia(string? path, MediaStore store)
    {
        if (!MediaPath.TryNormalize(path, out var folder, allowRoot: true) || store.List(folder) is not { } entries)
        {
            return NoFolder(path);
        }
        return TypedResults.Ok(new
        {
            path = folder,
            folders = entries.Where(e => e.IsFolder).Select(e => new { name = e.Name, path = e.Path }),
            files = entries.Where(e => !e.IsFolder).Select(Item),
        });
    }

    public static async Task<IResult> UploadMedia(string? path, HttpContext http, MediaStore store, MediaAudit audit, ContentActor actor,
        CancellationToken cancellationToken)
    {
        if (!MediaPath.TryNormalize(path, out var folder, allowRoot: true) || !store.FolderExists(folder))
        {
            return NoFolder(path);
        }
        if (!http.Request.HasFormContentType)
        {
            return ApiProblems.BadRequest("files", "Send the files as multipart/form-data.");
        }
        var form = await http.Request.ReadFormAsync(cancellationToken);
        if (form.Files.Count == 0)
        {
            return ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, "No file was sent.", [new ContentError("files", $"Send one or more files.")]);
        }
        var saved = new List<object>();
        var errors = new List<ContentError>();
        foreach (var file in form.Files)
        {
            await using var stream = file.OpenReadStream();
            var result = await store.SaveAsync(folder, file.FileName, stream, cancellationToken: cancellationToken);
            if (!result.Succeeded)
            {
                errors.Add(ContentError.Verbatim(file.FileName, result.Message!));
                continue;
            }
            await audit.RecordAsync(MediaAudit.MediaUploaded, actor.UserName, result.Path!,
                file.Length.ToString(CultureInfo.InvariantCulture) + " bytes, through the API", cancellationToken);
            saved.Add(Item(store.List(folder)!.First(e => e.Path == result.Path)));
        }
        return errors.Count == 0
            ? TypedResults.Ok(new { files = saved })
            : TypedResults.Problem(title: "Some files were not uploaded.", detail: string.Join(" ", errors.Select(e => e.Message)),
                statusCode: StatusCodes.Status422UnprocessableEntity, extensions: new Dictionary<string, object?>
                {
                    ["errors"] = errors.GroupBy(e => e.Member).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                    ["files"] = saved,
                });
    }

    private static object Item(MediaEntry entry) => new
    {
        name = entry.Name,
        mediaPath = entry.Path,
        url = entry.Url,
        size = entry.Length,
        lastModifiedUtc = entry.LastModifiedUtc,
        mime = MediaFileTypes.ContentTypeOf(MediaPath.ExtensionOf(entry.Name)),
    };

    private static ProblemHttpResult NoFolder(string? path) =>
        ApiProblems.Problem(StatusCodes.Status404NotFound, "Not found.", [new ContentError("path", $"'{path}' is not a folder of the media library.")]);
}

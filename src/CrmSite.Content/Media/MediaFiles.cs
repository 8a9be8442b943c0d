using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace CrmSite.Content.Media;

/// <summary>
/// Serves the media library at <c>/media/{path}</c> to everyone (media are public, as in Orchard), as static files:
/// ETag, Last-Modified, conditional and range requests. Every answer says <c>nosniff</c> and carries a sandboxing
/// content security policy, and only images, PDF, audio and video are shown inline: a document is downloaded, so
/// nothing uploaded can run as a page of this site.
/// </summary>
public static class MediaFiles
{
    public const string ContentSecurityPolicy = "default-src 'none'; sandbox";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/media/{**path}", [HttpMethods.Get, HttpMethods.Head], GetMediaFile)
            .AllowAnonymous().ExcludeFromDescription();

    public static IResult GetMediaFile(string? path, MediaStore store, HttpContext http)
    {
        if (store.FindFile(path) is not { } file)
        {
            return TypedResults.NotFound();
        }
        var contentType = MediaFileTypes.ContentTypeOf(MediaPath.ExtensionOf(file.Name));
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        var modified = file.LastWriteTimeUtc;
        var tag = new EntityTagHeaderValue($"\"{file.Length:x}-{modified.Ticks:x}\"");
        return TypedResults.PhysicalFile(file.FullName, contentType, MediaFileTypes.IsInline(contentType) ? null : file.Name,
            new DateTimeOffset(modified, TimeSpan.Zero), tag, enableRangeProcessing: true);
    }
}

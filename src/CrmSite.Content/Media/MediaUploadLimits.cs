using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Content.Media;

/// <summary>
/// The request size limit of the paths that take uploads (the media library, the content editor, the media API):
/// <see cref="MediaOptions.MaxRequestBodySize"/> instead of the server's default. A request that announces more is
/// answered 413 before its body is read. One that sends more without announcing it (chunked) is cut off by the
/// server while its form is read here, and answered 413 too: read later, by the pages' antiforgery check, the cut
/// would become a 400. Each file is then held to <see cref="MediaOptions.MaxFileSize"/> by <see cref="MediaStore"/>.
/// Runs after authorization, so only signed-in callers allowed in have their uploads read.
/// </summary>
public static class MediaUploadLimits
{
    private static readonly string[] UploadPaths = ["/admin/media", "/admin/content", "/api/media"];

    public static IApplicationBuilder UseMediaUploadLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) && UploadPaths.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            var limit = context.RequestServices.GetRequiredService<MediaOptions>().MaxRequestBodySize;
            if (request.ContentLength > limit)
            {
                await TooLargeAsync(context, limit);
                return;
            }
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }
            if (request.HasFormContentType && context.User.Identity?.IsAuthenticated == true)
            {
                try
                {
                    await request.ReadFormAsync(context.RequestAborted);
                }
                catch (BadHttpRequestException cut) when (cut.StatusCode == StatusCodes.Status413PayloadTooLarge)
                {
                    await TooLargeAsync(context, limit);
                    return;
                }
            }
        }
        await next(context);
    });

    private static Task TooLargeAsync(HttpContext context, long limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync($"The upload is larger than {limit / 1_000_000} MB, the most one request may send.", context.RequestAborted);
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CrmSite.Identity.Pages;

/// <summary>An answer that shows a secret once: no cache (a proxy or the browser's history) may keep a copy.</summary>
public static class SecretPage
{
    public static void NoStore(HttpResponse response)
    {
        response.Headers[HeaderNames.CacheControl] = "no-store";
        response.Headers[HeaderNames.Pragma] = "no-cache";
    }
}

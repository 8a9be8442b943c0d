using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CrmSite.Tests.Integration.Search;

/// <summary>Waits for the search index, which follows the store a moment after a start or a change.</summary>
public static class SiteSearchWaits
{
    /// <summary>Polls <c>/api/search</c> until <paramref name="q"/> finds something, up to 20 seconds.</summary>
    public static async Task UntilFoundAsync(HttpClient client, string q)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            using var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
            if (response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<JsonObject>())?["total"]?.GetValue<int>() > 0)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"the search index found nothing for '{q}' within 20 s");
            await Task.Delay(200);
        }
    }
}

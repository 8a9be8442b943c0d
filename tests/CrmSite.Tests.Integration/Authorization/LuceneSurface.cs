using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CrmSite.Tests.Integration.Authorization;

/// <summary>
/// Orchard's Lucene API, <c>/api/lucene/content</c>, asked for the item by id: the <c>search</c> index (published
/// versions) to view, the <c>latest</c> index (drafts too, which needs PreviewContent whatever the item) to preview.
/// Neither index holds individual members.
/// </summary>
public sealed class LuceneSurface : MatrixSurface
{
    public override string Name => "lucene";

    public override IReadOnlySet<MatrixOperation> Operations { get; } = new HashSet<MatrixOperation> { MatrixOperation.View, MatrixOperation.Preview };

    public override string? Gate(MatrixOperation operation) => operation == MatrixOperation.Preview ? "PreviewContent" : null;

    public override bool Reaches(MatrixItem item) => item.Type != "Member";

    public override async Task<MatrixOutcome> PerformAsync(MatrixSession session, MatrixOperation operation, MatrixTarget target)
    {
        var (found, detail) = await FindAsync(session.Client, operation == MatrixOperation.Preview ? "latest" : "search", target.Id);
        return found switch
        {
            true => MatrixOutcome.Allow(detail),
            false => MatrixOutcome.Deny(detail),
            _ => MatrixOutcome.OfStatus((System.Net.HttpStatusCode)int.Parse(detail, System.Globalization.CultureInfo.InvariantCulture)),
        };
    }

    public override async Task CatchUpAsync(MatrixSession administrator, IReadOnlyList<MatrixTarget> targets)
    {
        foreach (var (index, last) in new[] { ("search", targets.Last(t => t.Item.HasPublished && Reaches(t.Item))), ("latest", targets.Last(t => Reaches(t.Item))) })
        {
            await WaitAsync($"the {index} index has no item {last.Id}", async () => (await FindAsync(administrator.Client, index, last.Id)).Found == true);
        }
    }

    /// <summary>Whether the index gave the item (null when the answer was not 200, with its status as the detail).</summary>
    private static async Task<(bool? Found, string Detail)> FindAsync(HttpClient client, string index, string id)
    {
        var query = new JsonObject { ["query"] = new JsonObject { ["term"] = new JsonObject { ["ContentItemId"] = id } } }.ToJsonString();
        using var response = await client.GetAsync($"/api/lucene/content?indexName={index}&query={Uri.EscapeDataString(query)}");
        if (!response.IsSuccessStatusCode)
        {
            return (null, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var items = (await response.Content.ReadFromJsonAsync<JsonObject>())?["items"]?.AsArray() ?? [];
        return items.Any(i => i?["ContentItemId"]?.GetValue<string>() == id) ? (true, "found") : (false, "not found");
    }
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CrmSite.Tests.Integration.Authorization;

/// <summary>
/// Visitor search, <c>/api/search?q=</c>: an item is seen when it is a hit for the word only its title holds. The
/// search index holds published versions of the types the setup recipe lists, which leave individual members out.
/// </summary>
public sealed class SearchSurface : MatrixSurface
{
    public override string Name => "search";

    public override IReadOnlySet<MatrixOperation> Operations { get; } = new HashSet<MatrixOperation> { MatrixOperation.View };

    public override bool Reaches(MatrixItem item) => item.Type != "Member";

    public override async Task<MatrixOutcome> PerformAsync(MatrixSession session, MatrixOperation operation, MatrixTarget target)
    {
        using var response = await session.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(target.Token));
        if (!response.IsSuccessStatusCode)
        {
            return MatrixOutcome.OfStatus(response.StatusCode);
        }
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var found = body?["hits"]?.AsArray().Any(h => h?["contentItemId"]?.GetValue<string>() == target.Id) == true;
        return found ? MatrixOutcome.Allow("hit") : MatrixOutcome.Deny("no hit");
    }

    /// <summary>The index replays the store's changes in order: once the last published item is found, all are.</summary>
    public override async Task CatchUpAsync(MatrixSession administrator, IReadOnlyList<MatrixTarget> targets)
    {
        var last = targets.Last(t => t.Item.HasPublished && Reaches(t.Item));
        await WaitAsync($"the search index has no item {last.Id}",
            async () => (await PerformAsync(administrator, MatrixOperation.View, last)).Allowed == true);
    }
}

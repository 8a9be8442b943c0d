namespace CrmSite.Tests.Integration.Authorization;

/// <summary>An item's history, <c>/api/content/{id}/versions</c>: previewing by another door than the item itself.</summary>
public sealed class RestVersionsSurface : MatrixSurface
{
    public override string Name => "rest-versions";

    public override IReadOnlySet<MatrixOperation> Operations { get; } = new HashSet<MatrixOperation> { MatrixOperation.Preview };

    public override async Task<MatrixOutcome> PerformAsync(MatrixSession session, MatrixOperation operation, MatrixTarget target)
    {
        using var response = await session.Client.GetAsync($"/api/content/{target.Id}/versions");
        return MatrixOutcome.OfStatus(response.StatusCode);
    }
}

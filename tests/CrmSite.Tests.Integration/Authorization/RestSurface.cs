using System.Text;

namespace CrmSite.Tests.Integration.Authorization;

/// <summary>The content REST API: <c>/api/content/{id}</c> read (published or latest), save as draft, publish, unpublish, delete.</summary>
public sealed class RestSurface : MatrixSurface
{
    public override string Name => "rest";

    public override IReadOnlySet<MatrixOperation> Operations { get; } = Enum.GetValues<MatrixOperation>().ToHashSet();

    public override async Task<MatrixOutcome> PerformAsync(MatrixSession session, MatrixOperation operation, MatrixTarget target)
    {
        var path = "/api/content/" + target.Id;
        using var request = operation switch
        {
            MatrixOperation.View => new HttpRequestMessage(HttpMethod.Get, path),
            MatrixOperation.Preview => new HttpRequestMessage(HttpMethod.Get, path + "?status=latest"),
            MatrixOperation.Edit => new HttpRequestMessage(HttpMethod.Post, "/api/content?draft=true")
            {
                Content = new StringContent(Edited(target).ToJsonString(), Encoding.UTF8, "application/json"),
            },
            MatrixOperation.Publish => new HttpRequestMessage(HttpMethod.Post, path + "/publish"),
            MatrixOperation.Unpublish => new HttpRequestMessage(HttpMethod.Post, path + "/unpublish"),
            _ => new HttpRequestMessage(HttpMethod.Delete, path),
        };
        using var response = await session.Client.SendAsync(request);
        return MatrixOutcome.OfStatus(response.StatusCode);
    }
}

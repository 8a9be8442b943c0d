using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CrmSite.Tests.Integration.Authorization;

/// <summary>
/// <c>/api/graphql</c>: <c>contentItem(contentItemId:)</c> for the published version, the type's list with
/// <c>status: LATEST</c> for the latest, and the <c>saveDraft</c>, <c>publish</c> and <c>unpublish</c> mutations
/// (there is no delete mutation).
/// </summary>
public sealed class GraphQLSurface : MatrixSurface
{
    public override string Name => "graphql";

    public override IReadOnlySet<MatrixOperation> Operations { get; } = new HashSet<MatrixOperation>
    {
        MatrixOperation.View, MatrixOperation.Preview, MatrixOperation.Edit, MatrixOperation.Publish, MatrixOperation.Unpublish,
    };

    public override string? Gate(MatrixOperation operation) =>
        operation is MatrixOperation.View or MatrixOperation.Preview ? "ExecuteGraphQL" : "ExecuteGraphQLMutations";

    public override async Task<MatrixOutcome> PerformAsync(MatrixSession session, MatrixOperation operation, MatrixTarget target)
    {
        var list = char.ToLowerInvariant(target.Item.Type[0]) + target.Item.Type[1..];
        var (field, query, variables) = operation switch
        {
            MatrixOperation.View => ("contentItem", "query($id: String!) { contentItem(contentItemId: $id) { contentItemId } }", Id(target)),
            MatrixOperation.Preview => (list, $"query($id: String) {{ {list}(status: LATEST, where: {{ contentItemId: $id }}) {{ contentItemId }} }}", Id(target)),
            MatrixOperation.Edit => ("saveDraft", "mutation($item: String!) { saveDraft(contentItem: $item) { contentItemId } }",
                new JsonObject { ["item"] = Edited(target).ToJsonString() }),
            MatrixOperation.Publish => ("publish", "mutation($id: String!) { publish(contentItemId: $id) { contentItemId } }", Id(target)),
            _ => ("unpublish", "mutation($id: String!) { unpublish(contentItemId: $id) { contentItemId } }", Id(target)),
        };
        var request = new JsonObject { ["query"] = query, ["variables"] = variables };
        using var content = new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await session.Client.PostAsync("/api/graphql", content);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject;
        if (body?["errors"] is JsonArray { Count: > 0 } errors)
        {
            var codes = string.Join(",", errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>() ?? e?["message"]?.GetValue<string>()));
            var denied = errors.All(e => e?["extensions"]?["code"]?.GetValue<string>() is "ACCESS_DENIED" or "NOT_FOUND");
            return denied ? MatrixOutcome.Deny($"{(int)response.StatusCode} {codes}") : MatrixOutcome.Broken($"{(int)response.StatusCode} {codes}");
        }
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return MatrixOutcome.OfStatus(response.StatusCode);
        }
        return body?["data"]?[field] switch
        {
            JsonArray items => items.Any(i => i?["contentItemId"]?.GetValue<string>() == target.Id)
                ? MatrixOutcome.Allow("listed") : MatrixOutcome.Deny("not listed"),
            JsonObject => MatrixOutcome.Allow("200"),
            _ when operation is MatrixOperation.View => MatrixOutcome.Deny("null"),
            _ => MatrixOutcome.Broken("no data and no error"),
        };
    }

    private static JsonObject Id(MatrixTarget target) => new() { ["id"] = target.Id };
}

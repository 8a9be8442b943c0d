using System.Text.Json.Nodes;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>One item version as an answer showed it.</summary>
public sealed record SeenItem(string Id, string VersionId, string ContentType, string? DisplayText, bool Published, bool Latest)
{
    public static SeenItem From(JsonNode node) => new(
        node["contentItemId"]!.GetValue<string>(),
        node["contentItemVersionId"]!.GetValue<string>(),
        node["contentType"]!.GetValue<string>(),
        node["displayText"]?.GetValue<string>(),
        node["published"]!.GetValue<bool>(),
        node["latest"]!.GetValue<bool>());
}

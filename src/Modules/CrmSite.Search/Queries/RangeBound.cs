using System.Text.Json.Nodes;

namespace CrmSite.Search.Queries;

internal sealed record RangeBound(JsonNode? Value, bool Inclusive, string Path);

using System.Text.Json.Nodes;

namespace CrmSite.Search.Queries;

// The one field a leaf query names ({"match": {"Field": ...}}), its value and the value's path.
internal readonly record struct FieldEntry(string Name, JsonNode? Value, string Path);

using System.Text.Json.Nodes;

namespace CrmSite.Tests.Integration.Authorization;

/// <summary>
/// A stored item the matrix acts on: its kind, its id, a word found in its title only (for search and lists),
/// and its latest version as stored (the base of an edit).
/// </summary>
public sealed record MatrixTarget(MatrixItem Item, string Id, string Token, JsonObject Latest);

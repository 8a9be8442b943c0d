namespace CrmSite.Search.Pages.Admin.Search;

/// <summary>
/// An index profile and this node's copy of it. Copy values are null where this node has not opened the index
/// (no query or sync has needed it yet) or it is being reopened.
/// </summary>
public sealed record IndexRow(
    string Name,
    string AnalyzerName,
    bool IndexLatest,
    string Culture,
    IReadOnlyList<string> ContentTypes,
    long Generation,
    long? BuiltGeneration,
    int? Documents,
    long? Cursor,
    DateTime? LastSyncUtc);

namespace CrmSite.Tests.Integration.Authorization;

/// <summary>Which versions an item has.</summary>
public enum ItemState
{
    Published,
    Draft,

    /// <summary>A published version and a newer draft over it.</summary>
    PublishedWithDraft,
}

/// <summary>
/// One kind of item of the matrix: its type, the chapter it belongs to (null for none), its versions, and whether
/// the caller owns it or someone else does.
/// </summary>
public sealed record MatrixItem(string Type, string? Chapter, ItemState State, bool OwnedByCaller)
{
    public const string Punjab = "chapterpunjab";
    public const string Sindh = "chaptersindh";

    public bool HasPublished => State != ItemState.Draft;

    /// <summary>How mismatches name the item, e.g. <c>FactSheet@Punjab draft own</c>.</summary>
    public string Name => Type + (Chapter is null ? "" : "@" + ChapterName(Chapter)) + " " + State switch
    {
        ItemState.Published => "published",
        ItemState.Draft => "draft",
        _ => "published+draft",
    } + (OwnedByCaller ? " own" : " others'");

    public static string ChapterName(string chapter) => chapter switch
    {
        Punjab => "Punjab",
        Sindh => "Sindh",
        _ => chapter,
    };
}

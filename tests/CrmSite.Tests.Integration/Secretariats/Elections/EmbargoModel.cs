namespace CrmSite.Tests.Integration.Secretariats.Elections;

/// <summary>
/// The model: who submitted each result, and which of its versions an officer allowed to approve it approved and the
/// workflow put into effect. Only those versions may ever be visible to anonymous callers.
/// </summary>
public sealed class EmbargoModel
{
    public List<ModelResult> Results { get; } = [];

    /// <summary>The next term start per chapter: each submission starts after the last one's.</summary>
    public Dictionary<string, DateTime> NextStart { get; } = [];

    public DateTime TakeStart(string chapter)
    {
        var start = NextStart.GetValueOrDefault(chapter, new DateTime(2040, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        NextStart[chapter] = start.AddMonths(13);
        return start;
    }
}

/// <summary>A submitted result as the model knows it.</summary>
public sealed class ModelResult(string contentItemId, string chapter, string owner)
{
    public string ContentItemId { get; } = contentItemId;

    public string Chapter { get; } = chapter;

    /// <summary>The officer who submitted it (and the only one who may edit it).</summary>
    public string Owner { get; } = owner;

    public HashSet<string> ApprovedVersions { get; } = new(StringComparer.Ordinal);
}

using CrmSite.Content.Items;

namespace CrmSite.Content.Management;

/// <summary>The outcome of a content operation: the item written, or why nothing was.</summary>
public sealed record ContentResult
{
    public ContentItem? Item { get; init; }

    public ContentFailure Failure { get; init; }

    public IReadOnlyList<ContentError> Errors { get; init; } = [];

    public bool Succeeded => Failure == ContentFailure.None;

    /// <summary>True when the operation created the item (its first version), not a new version of a stored one.</summary>
    public bool Created { get; init; }

    public static ContentResult Success(ContentItem item) => new() { Item = item };

    public static ContentResult Fail(ContentFailure failure, params ContentError[] errors) =>
        new() { Failure = failure, Errors = errors };
}

namespace CrmSite.Content.Store;

/// <summary>How a new version is written: on which base, published or not, and what the audit calls it.</summary>
/// <param name="BaseVersionId">The version the change was made from; null for the first version or a restore of a removed item.</param>
/// <param name="Publish">Whether the new version is the published one.</param>
/// <param name="AuditEvent">The audit event's name (Created, Updated, Imported, Restored).</param>
/// <param name="IsNew">The caller knows the item has no version yet, so nothing needs flipping or counting.</param>
/// <param name="KeepPublishedUtc">Keep the item's own publication date (imports) instead of now.</param>
/// <param name="Imported">The version comes from a recipe (content restored as recorded) rather than from an editor.</param>
public sealed record VersionWrite(string? BaseVersionId, bool Publish, string AuditEvent, bool IsNew = false,
    bool KeepPublishedUtc = false, bool Imported = false);

using CrmSite.Content.Management;

namespace CrmSite.Admin.Definitions;

/// <summary>
/// The outcome of a definition change: saved, refused (errors beside the form fields they name) or stale (the
/// definition changed since the form was made from it).
/// </summary>
public sealed record DefinitionSaveResult(bool Stale, IReadOnlyList<ContentError> Errors)
{
    public static readonly DefinitionSaveResult Saved = new(false, []);

    public static readonly DefinitionSaveResult Conflict = new(true, []);

    public bool Succeeded => !Stale && Errors.Count == 0;

    public static DefinitionSaveResult Invalid(string member, FormattableString message) => new(false, [new ContentError(member, message)]);
}

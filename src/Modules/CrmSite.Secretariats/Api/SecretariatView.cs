namespace CrmSite.Secretariats.Api;

/// <summary>
/// A chapter's secretariat as visitors see it: the host derived from its published terms (or "not yet reported"
/// when no source dates a term covering today) and every term, oldest first.
/// </summary>
public sealed record SecretariatView(
    string ContentItemId,
    string? DisplayText,
    ChapterRef? Chapter,
    string? Location,
    HostRef? CurrentHost,
    string HostStatus,
    string HostNote,
    TermView? LastReportedTerm,
    IReadOnlyList<TermView> Terms);

namespace CrmSite.Secretariats.Api;

/// <summary>One term of a secretariat: who hosted it, when, how the host was chosen, and the source.</summary>
public sealed record TermView(
    string ContentItemId,
    string? DisplayText,
    HostRef? Host,
    DateTime? Start,
    DateTime? End,
    string? Dating,
    string? DatePrecision,
    string? Method,
    decimal? Nominations,
    decimal? VotesCast,
    decimal? VotesForHost,
    string? ElectionCommission,
    string? Note,
    SourceLink? Source);

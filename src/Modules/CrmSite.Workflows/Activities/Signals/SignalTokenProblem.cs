namespace CrmSite.Workflows.Activities.Signals;

/// <summary>Why a signal token is refused.</summary>
public enum SignalTokenProblem
{
    None,

    /// <summary>Not a token at all (missing, cut short, not base64url, no signal).</summary>
    Malformed,

    /// <summary>Not signed by this site's key: changed, or made elsewhere.</summary>
    BadSignature,

    /// <summary>Signed by this site, but past its expiry.</summary>
    Expired,
}

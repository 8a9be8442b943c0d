using System.Net;

namespace CrmSite.Tests.Integration.Authorization;

/// <summary>
/// What a surface answered: allowed, denied, or something that is neither (a 500, a validation error), which is
/// always a mismatch. <see cref="Detail"/> says what was seen (a status code, an error code).
/// </summary>
public sealed record MatrixOutcome(bool? Allowed, string Detail)
{
    public static MatrixOutcome Allow(string detail) => new(true, detail);

    public static MatrixOutcome Deny(string detail) => new(false, detail);

    public static MatrixOutcome Broken(string detail) => new(null, detail);

    /// <summary>A plain HTTP answer: 2xx allowed; 401, 403, 404 and a redirect to the sign-in page denied.</summary>
    public static MatrixOutcome OfStatus(HttpStatusCode status) => (int)status switch
    {
        >= 200 and < 300 => Allow(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        401 or 403 or 404 or 302 => Deny(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        _ => Broken(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };

    public override string ToString() => (Allowed switch { true => "allowed", false => "denied", _ => "neither" }) + " (" + Detail + ")";
}

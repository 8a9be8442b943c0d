using System.Globalization;
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
    public static MatrixOutcome OfStatus(HttpStatusCode status)
    {
        var code = (int)status;
        var detail = code.ToString(CultureInfo.InvariantCulture);
        return code switch
        {
            >= 200 and < 300 => Allow(detail),
            401 or 403 or 404 or 302 => Deny(detail),
            _ => Broken(detail),
        };
    }

    public override string ToString() => (Allowed switch { true => "allowed", false => "denied", _ => "neither" }) + " (" + Detail + ")";
}

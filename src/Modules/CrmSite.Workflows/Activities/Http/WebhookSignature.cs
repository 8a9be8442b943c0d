using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CrmSite.Workflows.Activities.Http;

/// <summary>
/// The headers that let a webhook's receiver check the request came from this site:
/// <c>X-CrmSite-Signature: sha256=&lt;hex HMAC-SHA256 of the body with the shared secret&gt;</c> and
/// <c>X-CrmSite-Timestamp</c> (Unix seconds when it was signed).
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-CrmSite-Signature";
    public const string TimestampHeader = "X-CrmSite-Timestamp";

    /// <summary><c>sha256=</c> and the lower-case hex HMAC-SHA256 of <paramref name="body"/> keyed with <paramref name="secret"/>.</summary>
    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Whether <paramref name="signature"/> is the signature of <paramref name="body"/> (compared in constant time).</summary>
    public static bool Verify(string secret, byte[] body, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, body)), Encoding.ASCII.GetBytes(signature));

    public static string Timestamp(DateTimeOffset now) => now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}

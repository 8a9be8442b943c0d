using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CrmSite.Workflows.Activities.Http;

/// <summary>
/// The headers that let a webhook's receiver check the request came from this site:
/// <c>X-CrmSite-Timestamp</c> (Unix seconds when it was signed) and
/// <c>X-CrmSite-Signature: sha256=&lt;hex HMAC-SHA256 of "{timestamp}.{body}" with the shared secret&gt;</c>. The
/// timestamp is signed with the body, so a receiver that refuses old timestamps also refuses replayed requests.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-CrmSite-Signature";
    public const string TimestampHeader = "X-CrmSite-Timestamp";

    /// <summary><c>sha256=</c> and the lower-case hex HMAC-SHA256 of <c>{timestamp}.{body}</c> keyed with <paramref name="secret"/>.</summary>
    public static string Sign(string secret, string timestamp, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), (byte[])[.. Encoding.UTF8.GetBytes(timestamp + "."), .. body]));

    /// <summary>Whether <paramref name="signature"/> signs <paramref name="timestamp"/> and <paramref name="body"/> (compared in constant time).</summary>
    public static bool Verify(string secret, string timestamp, byte[] body, string? signature) =>
        signature is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));

    public static string Timestamp(DateTimeOffset now) => now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}

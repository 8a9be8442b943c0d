using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmSite.Workflows.Activities.Signals;

/// <summary>
/// What a signal URL carries: the signal, the correlation id it resumes, the one instance it is for when it names
/// one, and when it expires. As text it is <c>&lt;payload&gt;.&lt;HMAC-SHA256 of the payload&gt;</c>, both base64url.
/// </summary>
public sealed record SignalToken(
    [property: JsonPropertyName("s")] string SignalName,
    [property: JsonPropertyName("c")] string? CorrelationId,
    [property: JsonPropertyName("w")] string? WorkflowId,
    [property: JsonPropertyName("e")] long? ExpiresUnixSeconds)
{
    public string Protect(byte[] key)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(this);
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, payload));
    }

    /// <summary>Reads a token, checking its signature and expiry.</summary>
    public static SignalTokenCheck Unprotect(string? text, byte[] key, DateTimeOffset now)
    {
        var parts = (text ?? "").Split('.');
        if (parts.Length != 2 || !Base64Url.IsValid(parts[0]) || !Base64Url.IsValid(parts[1]))
        {
            return new SignalTokenCheck(null, SignalTokenProblem.Malformed);
        }
        var payload = Base64Url.DecodeFromChars(parts[0]);
        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, payload), Base64Url.DecodeFromChars(parts[1])))
        {
            return new SignalTokenCheck(null, SignalTokenProblem.BadSignature);
        }
        SignalToken? token;
        try
        {
            token = JsonSerializer.Deserialize<SignalToken>(payload);
        }
        catch (JsonException)
        {
            token = null;
        }
        if (token is null || string.IsNullOrEmpty(token.SignalName))
        {
            return new SignalTokenCheck(null, SignalTokenProblem.Malformed);
        }
        return token.ExpiresUnixSeconds is { } expires && expires <= now.ToUnixTimeSeconds()
            ? new SignalTokenCheck(token, SignalTokenProblem.Expired)
            : new SignalTokenCheck(token, SignalTokenProblem.None);
    }
}

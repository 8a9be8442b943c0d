using System.Security.Cryptography;

namespace CrmSite.Content.Items;

/// <summary>
/// Generates Orchard-compatible identifiers: 26 lower-case characters of Crockford's base-32 alphabet,
/// carrying 128 random bits.
/// </summary>
public static class IdGenerator
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary>The length of every generated identifier.</summary>
    public const int Length = 26;

    /// <summary>A new random identifier.</summary>
    public static string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return Encode(bytes);
    }

    /// <summary>A stable identifier derived from <paramref name="seed"/>; the same seed always gives the same id.</summary>
    public static string FromSeed(string seed)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed), hash);
        return Encode(hash[..16]);
    }

    /// <summary>
    /// True when <paramref name="value"/> can be an id in the store: 1 to 26 ASCII letters and digits (recipes may
    /// carry ids that CrmSite did not generate).
    /// </summary>
    public static bool IsWellFormed(string? value) =>
        value is { Length: > 0 and <= Length } && value.All(char.IsAsciiLetterOrDigit);

    /// <summary>True when <paramref name="value"/> has the shape of a generated identifier.</summary>
    public static bool IsValid(string? value) =>
        value is { Length: Length } && value.All(c => Alphabet.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal));

    private static string Encode(ReadOnlySpan<byte> bytes)
    {
        // 128 bits in 5-bit groups: 26 characters, the last carrying 3 bits.
        Span<char> chars = stackalloc char[Length];
        var buffer = 0;
        var bits = 0;
        var index = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                chars[index++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }
        chars[index] = Alphabet[(buffer << (5 - bits)) & 31];
        return new string(chars);
    }
}

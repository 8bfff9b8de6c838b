using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CpPlatform.Gateway.Domain;

/// <summary>
/// Client secrets: 32 random bytes shown once. New secrets are stored as their SHA-256 digest. A slow, salted hash
/// protects guessable passwords; a 256-bit random secret cannot be guessed, so PBKDF2 would add no protection while
/// making every token request (and every bad attempt) cost 100,000 iterations of CPU. Secrets stored before the
/// change as salted PBKDF2 (<c>pbkdf2-sha256$iterations$salt$hash</c>) still verify, so their owners need do nothing.
/// </summary>
public static class ClientSecret
{
    private const string Sha256Prefix = "sha256$";
    private const string Pbkdf2Prefix = "pbkdf2-sha256$";
    private const int SecretBytes = 32;

    public static string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    public static string Hash(string secret) => Sha256Prefix + Convert.ToBase64String(Digest(secret));

    /// <summary>Whether <paramref name="storedHash"/> is one of the platform's formats (else it is OpenIddict's own).</summary>
    public static bool IsPlatformHash(string storedHash) =>
        storedHash.StartsWith(Sha256Prefix, StringComparison.Ordinal) || storedHash.StartsWith(Pbkdf2Prefix, StringComparison.Ordinal);

    /// <summary>A PBKDF2 hash from before the change: once its secret has been verified, it is stored as a digest instead.</summary>
    public static bool IsLegacyHash(string? storedHash) => storedHash?.StartsWith(Pbkdf2Prefix, StringComparison.Ordinal) == true;

    public static bool Verify(string secret, string storedHash)
    {
        try
        {
            if (storedHash.StartsWith(Sha256Prefix, StringComparison.Ordinal))
            {
                return CryptographicOperations.FixedTimeEquals(Digest(secret), Convert.FromBase64String(storedHash[Sha256Prefix.Length..]));
            }
            return storedHash.StartsWith(Pbkdf2Prefix, StringComparison.Ordinal) && VerifyPbkdf2(secret, storedHash.Split('$'));
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool VerifyPbkdf2(string secret, string[] parts)
    {
        if (parts.Length != 4 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(
            Encoding.UTF8.GetBytes(secret), Convert.FromBase64String(parts[2]), iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static byte[] Digest(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}

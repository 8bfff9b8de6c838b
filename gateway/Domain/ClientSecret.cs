using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CpPlatform.Gateway.Domain;

/// <summary>
/// Client secrets: 32 random bytes shown once, stored as a salted PBKDF2-SHA256 hash whose text names its own
/// algorithm and iteration count, so the work factor can be raised without invalidating stored secrets.
/// </summary>
public static class ClientSecret
{
    public const int Iterations = 100_000;
    private const string Algorithm = "pbkdf2-sha256";
    private const int SecretBytes = 32;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    // Checked for unknown clients so that "no such client" takes as long as "wrong secret" and names cannot be probed.
    private static readonly Lazy<string> DecoyHash = new(() => Hash(Generate()));

    public static string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    public static string Hash(string secret)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(secret, salt, Iterations);
        return string.Join('$', Algorithm, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    public static bool Verify(string secret, string storedHash)
    {
        var parts = storedHash.Split('$');
        if (parts.Length != 4 || parts[0] != Algorithm
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }
        try
        {
            var expected = Convert.FromBase64String(parts[3]);
            var actual = Derive(secret, Convert.FromBase64String(parts[2]), iterations, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Spends the time of one verification and fails: the answer for a client that does not exist.</summary>
    public static bool VerifyDecoy(string secret)
    {
        Verify(secret, DecoyHash.Value);
        return false;
    }

    private static byte[] Derive(string secret, byte[] salt, int iterations, int length = HashBytes) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(secret), salt, iterations, HashAlgorithmName.SHA256, length);
}

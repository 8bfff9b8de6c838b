using System.Security.Cryptography;
using System.Text;

namespace CpPlatform.Contracts.Monitoring;

/// <summary>
/// How a person travels in <see cref="ProgramActivity.Person"/>: the SHA-256 of the e-mail address, trimmed and in lower
/// case, so every service names the same person with the same key and no address leaves the service that holds it.
/// </summary>
public static class PersonKey
{
    public static string Of(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
}

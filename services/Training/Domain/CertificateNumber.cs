namespace CpPlatform.Training.Domain;

/// <summary>Certificate numbers: <c>CP-MX-2026-00042</c>, the issuing country, the year, and the year's sequence in that country.</summary>
public static class CertificateNumber
{
    public static string Format(string country, int year, int sequence) => $"CP-{country.ToUpperInvariant()}-{year}-{sequence:D5}";

    /// <summary>Numbers are looked up in upper case, so a number read aloud or typed in lower case still verifies.</summary>
    public static string Normalize(string number) => number.Trim().ToUpperInvariant();
}

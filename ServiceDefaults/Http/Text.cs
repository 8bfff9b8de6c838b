using System.Text.RegularExpressions;

namespace CpPlatform.ServiceDefaults.Http;

/// <summary>The checks every API applies to text fields, so a rule reads (and fails) the same in every service.</summary>
public static partial class Text
{
    public static bool IsPresent(string? text, int maxLength) => !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= maxLength;

    public static bool IsAbsentOrFits(string? text, int maxLength) => string.IsNullOrWhiteSpace(text) || text.Trim().Length <= maxLength;

    public static string? TrimmedOrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>An ISO 3166-1 alpha-2 code, any case.</summary>
    public static bool IsCountry(string? text) => text is { Length: 2 } && text.All(char.IsAsciiLetter);

    /// <summary>Something, one <c>@</c>, a domain with a dot, no spaces: catches typing slips, not a full RFC 5322 check.</summary>
    public static bool IsEmail(string? text) => text is not null && text.Trim().Length <= 254 && EmailPattern().IsMatch(text.Trim());

    /// <summary>A kebab-case id such as a center (<c>mx-chihuahua</c>) or a sector (<c>leather-tanning</c>).</summary>
    public static bool IsSlug(string? text, int maxLength) => text is not null && text.Length <= maxLength && SlugPattern().IsMatch(text);

    public static bool IsWebAddress(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}

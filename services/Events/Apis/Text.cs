using System.Text.RegularExpressions;

namespace CpPlatform.Events.Apis;

internal static partial class Text
{
    public static bool IsPresent(string? text, int maxLength) => !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= maxLength;

    public static bool IsAbsentOrFits(string? text, int maxLength) => string.IsNullOrWhiteSpace(text) || text.Trim().Length <= maxLength;

    public static string? TrimmedOrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

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

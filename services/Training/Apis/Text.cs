namespace CpPlatform.Training.Apis;

internal static class Text
{
    public static bool IsPresent(string? text, int maxLength) => !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= maxLength;

    public static bool IsCountry(string? text) => text is { Length: 2 } && text.All(char.IsAsciiLetter);

    /// <summary>One <c>@</c> with something on both sides and no spaces: enough to catch typing slips, not a full RFC 5322 check.</summary>
    public static bool IsEmail(string? text) =>
        IsPresent(text, 254) && text!.Trim() is var email && email.IndexOf('@') is > 0 and var at && at < email.Length - 1
        && email.IndexOf('@', at + 1) < 0 && !email.Any(char.IsWhiteSpace);

    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

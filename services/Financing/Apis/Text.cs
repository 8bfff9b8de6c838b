namespace CpPlatform.Financing.Apis;

internal static class Text
{
    public static bool IsPresent(string? text, int maxLength) => !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= maxLength;

    public static bool IsCountry(string? text) => text is { Length: 2 } && text.All(char.IsAsciiLetter);
}

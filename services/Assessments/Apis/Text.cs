namespace CpPlatform.Assessments.Apis;

internal static class Text
{
    public static bool IsPresent(string? text, int maxLength) => !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= maxLength;
}

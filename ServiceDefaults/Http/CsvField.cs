namespace CpPlatform.ServiceDefaults.Http;

/// <summary>One cell of a CSV file (RFC 4180) that people open in a spreadsheet.</summary>
public static class CsvField
{
    /// <summary>
    /// Quotes what needs quoting, and defuses text a spreadsheet would run as a formula (a name or a title typed as
    /// <c>=HYPERLINK(...)</c>): such a cell starts with an apostrophe, which spreadsheets show as text.
    /// </summary>
    public static string Of(string text)
    {
        var safe = text.Length > 0 && "=+-@\t\r".Contains(text[0]) ? "'" + text : text;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"")}\"" : safe;
    }
}

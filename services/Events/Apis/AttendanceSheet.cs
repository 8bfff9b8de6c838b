using System.Globalization;
using System.Text;
using CpPlatform.Events.Domain;
using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Events.Apis;

/// <summary>An event's attendance sheet as CSV (RFC 4180), one line per person checked in.</summary>
internal static class AttendanceSheet
{
    public const string Header = "name,email,organisation,category,enterpriseId,walkIn,checkedInAt";

    public static string ToCsv(IEnumerable<Registration> attended)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var r in attended)
        {
            csv.AppendJoin(',',
                Field(r.Name),
                Field(r.Email),
                Field(r.Organisation ?? ""),
                KebabCase.Name(r.Category),
                r.EnterpriseId?.ToString() ?? "",
                r.Source == RegistrationSource.WalkIn ? "true" : "false",
                r.CheckedInAt!.Value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)).Append("\r\n");
        }
        return csv.ToString();
    }

    /// <summary>
    /// Quotes what needs quoting, and defuses text a spreadsheet would run as a formula (a name typed as
    /// <c>=HYPERLINK(...)</c> by a public registrant).
    /// </summary>
    private static string Field(string text)
    {
        var safe = text.Length > 0 && "=+-@\t\r".Contains(text[0]) ? "'" + text : text;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"")}\"" : safe;
    }
}

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
                CsvField.Of(r.Name),
                CsvField.Of(r.Email),
                CsvField.Of(r.Organisation ?? ""),
                KebabCase.Name(r.Category),
                r.EnterpriseId?.ToString() ?? "",
                r.Source == RegistrationSource.WalkIn ? "true" : "false",
                r.CheckedInAt!.Value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)).Append("\r\n");
        }
        return csv.ToString();
    }
}

using CpPlatform.Dashboard.Model;
using CpPlatform.Dashboard.Otlp.Proto.Collector.Logs;
using static CpPlatform.Dashboard.Otlp.OtlpValues;

namespace CpPlatform.Dashboard.Otlp;

internal static class LogConversion
{
    /// <summary>The .NET exporter puts the formatted message in the body and the template's values in attributes.</summary>
    public static List<LogEntry> ToEntries(ExportLogsServiceRequest request)
    {
        var entries = new List<LogEntry>();
        foreach (var resourceLogs in request.ResourceLogs)
        {
            var service = ServiceName(resourceLogs.Resource);
            foreach (var scopeLogs in resourceLogs.ScopeLogs)
            {
                var category = scopeLogs.Scope?.Name ?? "";
                foreach (var record in scopeLogs.LogRecords)
                {
                    var time = record.TimeUnixNano != 0 ? record.TimeUnixNano : record.ObservedTimeUnixNano;
                    entries.Add(new LogEntry(
                        Time(time), service, LogSeverities.FromOtlp((int)record.SeverityNumber), category, Text(record.Body),
                        Hex(record.TraceId), Hex(record.SpanId), Attributes(record.Attributes)));
                }
            }
        }
        return entries;
    }
}

namespace CpPlatform.Dashboard.Model;

/// <summary>OTLP's severity numbers grouped by fours (TRACE 1–4, DEBUG 5–8, ... FATAL 21–24), in .NET's words.</summary>
public enum LogSeverity
{
    Trace,
    Debug,
    Information,
    Warning,
    Error,
    Critical,
}

public static class LogSeverities
{
    public static LogSeverity FromOtlp(int severityNumber) => severityNumber switch
    {
        <= 4 => LogSeverity.Trace,
        <= 8 => LogSeverity.Debug,
        <= 12 => LogSeverity.Information,
        <= 16 => LogSeverity.Warning,
        <= 20 => LogSeverity.Error,
        _ => LogSeverity.Critical,
    };
}

namespace CpPlatform.Events.Apis;

/// <summary>Calendar days in query strings are whole UTC days: <c>to</c> includes its day.</summary>
internal static class Period
{
    public static DateTimeOffset? StartOf(DateOnly? day) =>
        day is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
}

namespace CpPlatform.Contracts.Enterprises;

/// <summary>
/// The part of a center other services keep: its time zone, so their "today", reporting days and expiry follow the
/// center's calendar. <see cref="Revision"/> grows with every change, so an older snapshot never overwrites a newer one.
/// </summary>
public sealed record CenterSnapshot
{
    public required long Revision { get; init; }
    public required string Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Country { get; init; }

    /// <summary>An IANA time zone id such as <c>America/Mexico_City</c>.</summary>
    public required string TimeZone { get; init; }
}

namespace CpPlatform.Enterprises.Domain;

/// <summary>A regional or national CP center: the tenant that owns enterprises.</summary>
public sealed class Center
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required string Country { get; set; }
    public List<string> Regions { get; set; } = [];
    public string ReportingCurrency { get; set; } = "USD";
    public SizeRule SizeRule { get; set; } = SizeRule.Default;

    /// <summary>An IANA id: the center's "today", reporting days and expiry follow it, in every service.</summary>
    public required string TimeZone { get; set; }

    /// <summary>Grows with every change announced to other services, so they can tell a newer snapshot from an older one.</summary>
    public long Revision { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}

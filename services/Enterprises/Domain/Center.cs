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
    public DateTimeOffset CreatedAt { get; init; }
}

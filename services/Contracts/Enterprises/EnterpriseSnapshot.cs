namespace CpPlatform.Contracts.Enterprises;

/// <summary>
/// The part of an enterprise other services keep. <see cref="Revision"/> grows with every change, so a consumer can
/// ignore a snapshot older than the one it holds (messages may arrive out of order).
/// </summary>
public sealed record EnterpriseSnapshot
{
    public required Guid EnterpriseId { get; init; }
    public required long Revision { get; init; }
    public required string LegalName { get; init; }
    public required string Country { get; init; }
    public required string TaxId { get; init; }
    public required string State { get; init; }

    /// <summary>A sector id such as <c>leather-tanning</c>.</summary>
    public required string Sector { get; init; }

    /// <summary><c>micro</c>, <c>small</c>, <c>medium</c> or <c>large</c>, by the registering center's rule.</summary>
    public required string SizeClass { get; init; }
    public required bool IsSme { get; init; }
    public required EnterpriseConsents Consents { get; init; }

    /// <summary>An engagement stage id such as <c>pre-assessed</c>.</summary>
    public required string Stage { get; init; }
}

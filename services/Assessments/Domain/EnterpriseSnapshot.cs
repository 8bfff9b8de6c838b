using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Assessments.Domain;

/// <summary>
/// What this service knows of an enterprise, kept from the enterprises service's events (read-only here). A snapshot
/// older than the one held is ignored, since events may arrive out of order.
/// </summary>
public sealed class EnterpriseSnapshot : ICenterOwned, IRevisionedSnapshot
{
    public Guid EnterpriseId { get; init; }
    public string CenterId { get; set; } = "";
    public long Revision { get; set; }
    public string LegalName { get; set; } = "";
    public string Country { get; set; } = "";
    public string TaxId { get; set; } = "";

    /// <summary>Sector and size class as the enterprises service's kebab-case ids, so a new value never breaks this service.</summary>
    public string Sector { get; set; } = "";
    public string SizeClass { get; set; } = "";
    public bool IsSme { get; set; }
    public bool PublishResults { get; set; }
    public bool ShareWithBanks { get; set; }
    public string Stage { get; set; } = "";
}

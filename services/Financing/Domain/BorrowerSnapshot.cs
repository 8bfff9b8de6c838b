using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Financing.Domain;

/// <summary>
/// What financing knows of an enterprise, kept from the enterprises service's events (read-only here). A snapshot
/// older than the one held is ignored, since events may arrive out of order.
/// </summary>
public sealed class BorrowerSnapshot : ICenterOwned, IRevisionedSnapshot
{
    public Guid EnterpriseId { get; init; }
    public string CenterId { get; set; } = "";
    public long Revision { get; set; }
    public string Country { get; set; } = "";

    /// <summary>Normalized (<see cref="Domain.TaxId.Normalize"/>), as banks' questions are looked up by it.</summary>
    public string TaxId { get; set; } = "";
    public bool IsSme { get; set; }
    public bool ShareWithBanks { get; set; }
}

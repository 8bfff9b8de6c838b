using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Events.Domain;

/// <summary>
/// What events knows of an enterprise, kept from the enterprises service's events (read-only here): enough to check
/// that a company registration names an enterprise of the event's center.
/// </summary>
public sealed class EnterpriseSnapshot : ICenterOwned, IRevisionedSnapshot
{
    public Guid EnterpriseId { get; init; }
    public string CenterId { get; set; } = "";
    public long Revision { get; set; }
    public string LegalName { get; set; } = "";
    public string Sector { get; set; } = "";
}

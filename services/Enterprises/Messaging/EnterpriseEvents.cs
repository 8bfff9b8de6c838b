using CpPlatform.Contracts.Enterprises;
using CpPlatform.Enterprises.Domain;
using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Enterprises.Messaging;

/// <summary>Maps the register's changes to the integration events other services consume.</summary>
internal static class EnterpriseEvents
{
    public static EnterpriseRegistered Registered(Enterprise enterprise) => new()
    {
        CenterId = enterprise.CenterId,
        OccurredAt = enterprise.UpdatedAt,
        Enterprise = Snapshot(enterprise),
    };

    public static EnterpriseUpdated Updated(Enterprise enterprise) => new()
    {
        CenterId = enterprise.CenterId,
        OccurredAt = enterprise.UpdatedAt,
        Enterprise = Snapshot(enterprise),
    };

    public static EnterpriseStageChanged StageChanged(Enterprise enterprise, EngagementStage previous) => new()
    {
        CenterId = enterprise.CenterId,
        OccurredAt = enterprise.UpdatedAt,
        Enterprise = Snapshot(enterprise),
        PreviousStage = KebabCase.Name(previous),
    };

    private static EnterpriseSnapshot Snapshot(Enterprise enterprise) => new()
    {
        EnterpriseId = enterprise.Id,
        Revision = enterprise.Revision,
        LegalName = enterprise.LegalName,
        Country = enterprise.Country,
        TaxId = enterprise.TaxId,
        State = enterprise.State,
        Sector = KebabCase.Name(enterprise.Sector),
        SizeClass = KebabCase.Name(enterprise.SizeClass),
        IsSme = enterprise.IsSme,
        Consents = new EnterpriseConsents
        {
            PublishResults = enterprise.PublishResults.Granted,
            ShareWithBanks = enterprise.ShareWithBanks.Granted,
        },
        Stage = KebabCase.Name(enterprise.Stage),
    };
}

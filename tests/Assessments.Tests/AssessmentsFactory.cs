using CpPlatform.Contracts.Enterprises;
using CpPlatform.TestSupport;

namespace CpPlatform.Assessments.Tests;

/// <summary>The assessments service in-process, with its own database and virtual host on the real servers.</summary>
public class AssessmentsFactory() : ServiceFactory<Program>(AssessmentsServiceExtensions.DatabaseName)
{
    public static EnterpriseSnapshot Snapshot(
        Guid enterpriseId, long revision = 1, string sector = "leather-tanning", string sizeClass = "small", bool isSme = true,
        bool publishResults = true, string legalName = "Curtidos del Norte") => new()
    {
        EnterpriseId = enterpriseId,
        Revision = revision,
        LegalName = legalName,
        Country = "MX",
        TaxId = $"CDN{enterpriseId.ToString("N")[..9].ToUpperInvariant()}",
        State = "Chihuahua",
        Sector = sector,
        SizeClass = sizeClass,
        IsSme = isSme,
        Consents = new EnterpriseConsents { PublishResults = publishResults, ShareWithBanks = true },
        Stage = "prospect",
    };
}

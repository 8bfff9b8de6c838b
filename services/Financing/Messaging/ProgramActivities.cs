using CpPlatform.Contracts.Monitoring;
using CpPlatform.Financing.Domain;

namespace CpPlatform.Financing.Messaging;

/// <summary>
/// What financing reports for program monitoring: every loan placed under a facility's coverage, as the facility figures
/// count placed loans (whatever the bank later reports: repaid and defaulted loans were guaranteed all the same), dated by
/// its disbursement day.
/// </summary>
internal static class ProgramActivities
{
    public static ProgramActivity LoanGuaranteed(Loan loan, string facilityCurrency) => new()
    {
        Activity = ProgramActivityNames.LoanGuaranteed,
        Key = loan.Id.ToString(),
        On = loan.DisbursedOn,
        Counts = true,
        Kind = facilityCurrency,
        EnterpriseId = loan.EnterpriseId,
        GroupKey = loan.FacilityId.ToString(),
        Amount = loan.GuaranteedAmount,
    };
}

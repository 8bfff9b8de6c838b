using CpPlatform.Assessments.Domain;

namespace CpPlatform.Assessments.Apis;

public sealed record ReductionsDto(
    decimal? EnergyKwh, decimal? WaterM3, decimal? MaterialsT, decimal? WasteT, decimal? HazardousWasteT, decimal? EmissionsTco2e);

public sealed record OptionRequest(
    OptionCategory? Category, string? Description, decimal? Investment, decimal? AnnualSavings, bool? Confidential = null, ReductionsDto? Reductions = null);

public sealed record RejectRequest(RejectionReason? Reason);

public sealed record ImplementRequest(DateOnly? Date, decimal? ActualInvestment);

public sealed record VerifyRequest(decimal? VerifiedAnnualSavings);

public sealed record OptionResponse(
    Guid Id,
    OptionCategory Category,
    string Description,
    bool Confidential,
    decimal Investment,
    decimal AnnualSavings,
    OptionReductions Reductions,
    OptionStatus Status,
    RejectionReason? RejectionReason,
    DateOnly? ImplementedOn,
    decimal? ActualInvestment,
    decimal? VerifiedAnnualSavings,
    decimal? PaybackMonths,
    decimal? RoiPercent,
    string UpdatedBy,
    DateTimeOffset UpdatedAt)
{
    public static OptionResponse From(ProjectOption option) => new(
        option.Id, option.Category, option.Description, option.Confidential, option.Investment, option.AnnualSavings, option.Reductions,
        option.Status, option.RejectionReason, option.ImplementedOn, option.ActualInvestment, option.VerifiedAnnualSavings,
        Presentation.OneDecimal(Economics.PaybackMonths(option.Investment, option.AnnualSavings)),
        Presentation.OneDecimal(Economics.RoiPercent(option.Investment, option.AnnualSavings)),
        option.UpdatedBy, option.UpdatedAt);
}

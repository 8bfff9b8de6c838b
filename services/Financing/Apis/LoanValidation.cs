using CpPlatform.Financing.Domain;
using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Financing.Apis;

internal static class LoanValidation
{
    /// <summary>A loan is placed once disbursed (by <paramref name="today"/>) and matures at most 30 years later.</summary>
    public static ValidationErrors Validate(LoanRequest request, string? idempotencyKey, DateOnly today)
    {
        var errors = new ValidationErrors();
        errors.Check(request.FacilityId is not null, "facilityId", "Required.");
        errors.Check(Text.IsCountry(request.Country), "country", "Required: an ISO 3166-1 alpha-2 code.");
        errors.Check(Text.IsPresent(request.TaxId, 40), "taxId", "Required, at most 40 characters.");
        errors.Money(request.Principal, "principal");
        errors.PastDay(request.DisbursedOn, "disbursedOn", today);
        errors.EndDay(request.DisbursedOn, request.MaturityOn, "maturityOn", "disbursedOn", Dates.LongestLoan, mustFollow: true);
        errors.Check(request.Purpose is not null, "purpose", $"Required, one of: {KebabCase.AllowedValues<LoanPurpose>()}.");
        errors.Check(Text.IsPresent(request.BankLoanRef, 100), "bankLoanRef", "Required, at most 100 characters.");
        errors.Check(idempotencyKey is null || Text.IsPresent(idempotencyKey, 200), "Idempotency-Key", "At most 200 characters when given.");
        return errors;
    }

    public static LoanPlacement ToPlacement(LoanRequest request, string? idempotencyKey) => new(
        request.Principal!.Value, request.DisbursedOn!.Value, request.MaturityOn!.Value, request.Purpose!.Value, request.BankLoanRef!.Trim(),
        idempotencyKey?.Trim());
}

using CpPlatform.Financing.Caching;
using CpPlatform.Financing.Domain;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CpPlatform.Financing.Apis;

public static class EligibilityApi
{
    public static IEndpointRouteBuilder MapEligibilityApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/financing/eligibility", CheckEligibility)
            .WithTags("Eligibility")
            .WithName("CheckEligibility")
            .WithSummary("Is a borrower eligible under the bank's facility? Every rule with its reason, the largest amount that would pass, the evidence.")
            .RequireAuthorization(policy => policy.RequireScope(FinancingScope.Name).RequireKind(ClientKind.Bank));
        return app;
    }

    private static async Task<Results<Ok<EligibilityResponse>, ValidationProblem, NotFound>> CheckEligibility(
        EligibilityRequest request, EligibilityCache cache, ICurrentClient client, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(Text.IsCountry(request.Country), "country", "Required: an ISO 3166-1 alpha-2 code.");
        errors.Check(Text.IsPresent(request.TaxId, 40), "taxId", "Required, at most 40 characters.");
        errors.Money(request.Amount, "amount");
        errors.Check(request.Purpose is not null, "purpose", $"Required, one of: {KebabCase.AllowedValues<LoanPurpose>()}.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        // Only banks ask (the endpoint's policy), and a bank asks only about its own facilities.
        var facilities = (await cache.BankFacilitiesAsync(client.BankId ?? "", cancellationToken))
            .Where(facility => request.FacilityId == null || facility.Id == request.FacilityId)
            .ToList();
        if (facilities.Count == 0)
        {
            return TypedResults.NotFound();
        }

        var standing = await cache.BorrowerAsync(request.Country!, request.TaxId!, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var answers = facilities.Select(facility => (Facility: facility, Answer: Eligibility.Evaluate(new EligibilityQuestion(
            facility, standing?.Borrower, request.Country!, request.Amount!.Value, request.Purpose!.Value, today,
            standing?.CoveredUnder(facility.Id) ?? 0m))));
        // The first facility that passes answers; when none does, the first one explains why.
        var chosen = answers.FirstOrDefault(candidate => candidate.Answer.Eligible, answers.First());
        var evidence = standing is { Borrower.ShareWithBanks: true } ? standing.Evidence : null;
        return TypedResults.Ok(EligibilityResponse.From(chosen.Facility, chosen.Answer, evidence));
    }
}

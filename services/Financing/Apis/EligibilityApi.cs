using CpPlatform.Financing.Data;
using CpPlatform.Financing.Domain;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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
        EligibilityRequest request, FinancingDbContext db, ICurrentClient client, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(Text.IsCountry(request.Country), "country", "Required: an ISO 3166-1 alpha-2 code.");
        errors.Check(Text.IsPresent(request.TaxId, 40), "taxId", "Required, at most 40 characters.");
        errors.Check(request.Amount > 0, "amount", "Required, above zero.");
        errors.Check(request.Purpose is not null, "purpose", $"Required, one of: {KebabCase.AllowedValues<LoanPurpose>()}.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var facilities = await db.Facilities.AsNoTracking().VisibleTo(client)
            .Where(facility => request.FacilityId == null || facility.Id == request.FacilityId)
            .OrderBy(facility => facility.CreatedAt).ToListAsync(cancellationToken);
        if (facilities.Count == 0)
        {
            return TypedResults.NotFound();
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        (Facility Facility, EligibilityAnswer Answer, BorrowerSnapshot? Borrower)? first = null;
        foreach (var facility in facilities)
        {
            var (answer, borrower) = await db.EvaluateAsync(facility, request.Country!, request.TaxId!, request.Amount!.Value, request.Purpose!.Value, today, cancellationToken);
            first ??= (facility, answer, borrower);
            if (answer.Eligible)
            {
                first = (facility, answer, borrower);
                break;
            }
        }

        var chosen = first!.Value;
        var evidence = chosen.Borrower is { } consenting
            ? await db.Evidence.AsNoTracking().SingleOrDefaultAsync(e => e.EnterpriseId == consenting.EnterpriseId, cancellationToken)
            : null;
        return TypedResults.Ok(EligibilityResponse.From(chosen.Facility, chosen.Answer, evidence));
    }
}

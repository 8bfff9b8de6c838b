using CpPlatform.Financing.Data;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Financing.Apis;

public static class FacilitiesApi
{
    public static IEndpointRouteBuilder MapFacilitiesApi(this IEndpointRouteBuilder app)
    {
        var facilities = app.MapGroup("/api/financing/facilities")
            .WithTags("Facilities")
            .RequireAuthorization(policy => policy.RequireScope(FinancingScope.Name).RequireKind(ClientKind.Bank, ClientKind.National, ClientKind.Admin));

        facilities.MapGet("/", ListFacilities)
            .WithName("ListFacilities")
            .WithSummary("List guarantee facilities with their figures; a bank sees only its own.");
        facilities.MapGet("/{id:guid}", GetFacility)
            .WithName("GetFacility")
            .WithSummary("Get a facility's terms and figures: utilization, guaranteed outstanding, defaults, claims and fees.");
        facilities.MapPost("/", CreateFacility)
            .WithName("CreateFacility")
            .WithSummary($"Open a guarantee facility for a partner bank; coverage above 0.5 is refused; {FacilityValidation.EligiblePurposes} (all when omitted) and {FacilityValidation.EligibleCountries}; the placement window opens at most 5 years ahead and lasts at most 10 years.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.National, ClientKind.Admin));
        return app;
    }

    private static async Task<Ok<List<FacilityResponse>>> ListFacilities(FinancingDbContext db, CancellationToken cancellationToken)
    {
        var facilities = await db.Facilities.AsNoTracking().OrderBy(facility => facility.CreatedAt).ToListAsync(cancellationToken);
        var responses = new List<FacilityResponse>(facilities.Count);
        foreach (var facility in facilities)
        {
            responses.Add(FacilityResponse.From(facility, await db.FiguresAsync(facility, cancellationToken)));
        }
        return TypedResults.Ok(responses);
    }

    private static async Task<Results<Ok<FacilityResponse>, NotFound>> GetFacility(
        Guid id, FinancingDbContext db, CancellationToken cancellationToken) =>
        await db.Facilities.AsNoTracking().SingleOrDefaultAsync(facility => facility.Id == id, cancellationToken) is { } found
            ? TypedResults.Ok(FacilityResponse.From(found, await db.FiguresAsync(found, cancellationToken)))
            : TypedResults.NotFound();

    private static async Task<Results<Created<FacilityResponse>, ValidationProblem>> CreateFacility(
        FacilityRequest request, FinancingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = FacilityValidation.Validate(request, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (!errors.Any)
        {
            errors.Check(await db.Banks.AnyAsync(bank => bank.Id == request.BankId!.Trim(), cancellationToken), "bankId", "No partner bank has this id.");
        }
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var facility = FacilityValidation.ToFacility(request, clock.GetUtcNow());
        db.Facilities.Add(facility);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/financing/facilities/{facility.Id}", FacilityResponse.From(facility, await db.FiguresAsync(facility, cancellationToken)));
    }
}

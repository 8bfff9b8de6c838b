using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.Training.Data;
using CpPlatform.Training.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Training.Apis;

public static class RosterApi
{
    public static IEndpointRouteBuilder MapRosterApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/training/certified-consultants", ListCertifiedConsultants)
            .WithTags("Certification")
            .WithName("ListCertifiedConsultants")
            .WithSummary("The roster of certified consultants enterprises can hire: certificates not expired (each at the center that trained its holder), from every center; filter by country and name.")
            .RequireAuthorization(policy => policy.RequireScope(TrainingScope.Name).RequireKind(ClientKind.Center, ClientKind.National, ClientKind.Admin));
        return app;
    }

    private static async Task<Results<Ok<PagedResult<RosterEntry>>, ValidationProblem>> ListCertifiedConsultants(
        TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken, string? country = null, string? q = null,
        int? page = null, int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        errors.Check(country is null || Text.IsCountry(country), "country", "An ISO 3166-1 alpha-2 code.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var now = clock.GetUtcNow();
        var countryCode = country?.ToUpperInvariant();
        var query = db.Certificates.AsNoTracking()
            .Where(c => c.Status == CertificateStatus.Active && c.ExpiresAt > now && (countryCode == null || c.Country == countryCode));
        if (Text.TrimmedOrNull(q) is { } text)
        {
            var pattern = $"%{text}%";
            query = query.Where(c => EF.Functions.ILike(c.HolderName, pattern));
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(c => c.HolderName).ThenBy(c => c.Number).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<RosterEntry>(items.Select(RosterEntry.From).ToList(), paging.Page, paging.PageSize, total));
    }
}

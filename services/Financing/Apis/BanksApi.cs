using CpPlatform.Financing.Data;
using CpPlatform.Financing.Domain;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Problems;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Financing.Apis;

public static class BanksApi
{
    public static IEndpointRouteBuilder MapBanksApi(this IEndpointRouteBuilder app)
    {
        var banks = app.MapGroup("/api/financing/banks")
            .WithTags("Banks")
            .RequireAuthorization(policy => policy.RequireScope(FinancingScope.Name).RequireKind(ClientKind.National, ClientKind.Admin));

        banks.MapPost("/", RegisterBank)
            .WithName("RegisterBank")
            .WithSummary("Register a partner bank; its id is the one its system's token carries.");
        return app;
    }

    private static async Task<Results<Created<BankResponse>, ValidationProblem>> RegisterBank(
        BankRequest request, FinancingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(request.Id is { Length: > 0 and <= 64 } id && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'),
            "id", "Required: lower-case letters, digits and hyphens, at most 64 characters.");
        errors.Check(Text.IsPresent(request.Name, 200), "name", "Required, at most 200 characters.");
        errors.Check(Text.IsCountry(request.Country), "country", "Required: an ISO 3166-1 alpha-2 code.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (await db.Banks.AnyAsync(bank => bank.Id == request.Id, cancellationToken))
        {
            throw new ConflictException("id", $"A bank with id {request.Id} is already registered.");
        }

        var bank = new Bank { Id = request.Id!, Name = request.Name!.Trim(), Country = request.Country!.ToUpperInvariant(), RegisteredAt = clock.GetUtcNow() };
        db.Banks.Add(bank);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/financing/banks/{bank.Id}", BankResponse.From(bank));
    }
}

using CpPlatform.Financing.Data;
using CpPlatform.Financing.Domain;
using CpPlatform.Financing.Messaging;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Monitoring;
using CpPlatform.ServiceDefaults.Problems;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CpPlatform.Financing.Apis;

public static class LoansApi
{
    public static IEndpointRouteBuilder MapLoansApi(this IEndpointRouteBuilder app)
    {
        var loans = app.MapGroup("/api/financing/loans")
            .WithTags("Loans")
            .RequireAuthorization(policy => policy.RequireScope(FinancingScope.Name).RequireKind(ClientKind.Bank, ClientKind.National, ClientKind.Admin));

        loans.MapGet("/{id:guid}", GetLoan)
            .WithName("GetLoan")
            .WithSummary("Get a loan under coverage; a bank sees only its own.");
        loans.MapPost("/", PlaceLoan)
            .WithName("PlaceLoan")
            .WithSummary("Place a loan under a facility's coverage (disbursed by today, maturing at most 30 years later); 422 lists the failed rules. A repeated Idempotency-Key or bankLoanRef with the same body returns the first loan; with a different body 422.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Bank));
        loans.MapPost("/{id:guid}/reports", ReportLoan)
            .WithName("ReportLoan")
            .WithSummary("Report a loan's outstanding principal and status (current, repaid, defaulted) as of a date from its disbursement to today.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Bank));
        loans.MapPost("/{id:guid}/claims", ClaimLoan)
            .WithName("ClaimLoan")
            .WithSummary("Claim the guaranteed share of a defaulted loan's net loss, never above the guaranteed amount.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Bank));
        loans.MapPost("/{id:guid}/recoveries", RecordRecovery)
            .WithName("RecordRecovery")
            .WithSummary("Record money recovered after the claim was paid; the guarantor's share at the coverage rate goes back to it; never more than is still unrecovered (422).")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Bank));
        return app;
    }

    private static async Task<Results<Ok<LoanResponse>, NotFound>> GetLoan(Guid id, FinancingDbContext db, CancellationToken cancellationToken) =>
        await db.Loans.AsNoTracking().SingleOrDefaultAsync(loan => loan.Id == id, cancellationToken) is { } found
            ? TypedResults.Ok(LoanResponse.From(found))
            : TypedResults.NotFound();

    private static async Task<Results<Created<LoanResponse>, ValidationProblem, NotFound, ProblemHttpResult>> PlaceLoan(
        LoanRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, FinancingDbContext db, ICurrentClient client,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = LoanValidation.Validate(request, idempotencyKey, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var bankId = client.BankId ?? "";
        var placement = LoanValidation.ToPlacement(request, idempotencyKey);
        if (await db.FindRepeatAsync(bankId, placement, cancellationToken) is { } repeated)
        {
            return Repeat(repeated, request, placement);
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await db.LockFacilityAsync(request.FacilityId!.Value, bankId, cancellationToken) is not { } facility)
            {
                return TypedResults.NotFound();
            }
            // Checked again under the lock: a repeat of a request that was waiting for it finds the first loan now.
            if (await db.FindRepeatAsync(bankId, placement, cancellationToken) is { } raced)
            {
                return Repeat(raced, request, placement);
            }
            var now = clock.GetUtcNow();
            var (answer, borrower) = await db.EvaluateAsync(facility, request.Country!, request.TaxId!, placement.Principal, placement.Purpose,
                DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
            if (!answer.Eligible || borrower is null)
            {
                return NotPlaceable(answer);
            }

            var loan = Loan.Place(facility, borrower, placement, client.ClientId, now);
            db.Loans.Add(loan);
            db.AddEvent(FinancingEvents.LoanPlaced(loan));
            db.AddActivities(loan.CenterId, ProgramActivities.LoanGuaranteed(loan, facility.Currency));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            // Read back as stored (cents, microseconds), so this answer and every repeat of it are the same bytes.
            return Placed(await db.Loans.AsNoTracking().SingleAsync(stored => stored.Id == loan.Id, cancellationToken));
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same key or reference was placed concurrently under another facility: answer with that first loan.
            db.ChangeTracker.Clear();
            if (await db.FindRepeatAsync(bankId, placement, cancellationToken) is { } first)
            {
                return Repeat(first, request, placement);
            }
            throw;
        }
    }

    private static async Task<Results<Created<LoanReportResponse>, ValidationProblem, NotFound>> ReportLoan(
        Guid id, LoanReportRequest request, FinancingDbContext db, ICurrentClient client, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.PastDay(request.AsOf, "asOf", DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        errors.MoneyOrZero(request.OutstandingPrincipal, "outstandingPrincipal");
        errors.Check(request.Status is not null, "status", $"Required, one of: {KebabCase.AllowedValues<LoanStatus>()}.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (await db.Loans.SingleOrDefaultAsync(loan => loan.Id == id, cancellationToken) is not { } loan)
        {
            return TypedResults.NotFound();
        }
        if (!errors.Check(request.AsOf >= loan.DisbursedOn, "asOf", $"On or after the loan's disbursement, {loan.DisbursedOn:yyyy-MM-dd}."))
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var report = new LoanReport
        {
            Id = Guid.CreateVersion7(),
            LoanId = loan.Id,
            BankId = loan.BankId,
            AsOf = request.AsOf!.Value,
            OutstandingPrincipal = request.OutstandingPrincipal!.Value,
            Status = request.Status!.Value,
            ReportedBy = client.ClientId,
            ReportedAt = clock.GetUtcNow(),
        };
        db.LoanReports.Add(report);
        if (loan.Report(report.AsOf, report.OutstandingPrincipal, report.Status))
        {
            db.AddEvent(FinancingEvents.LoanDefaulted(loan, report));
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/financing/loans/{loan.Id}/reports/{report.Id}", LoanReportResponse.From(report, loan));
    }

    private static async Task<Results<Created<ClaimResponse>, ValidationProblem, NotFound, ProblemHttpResult>> ClaimLoan(
        Guid id, ClaimRequest request, FinancingDbContext db, ICurrentClient client, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.MoneyOrZero(request.OutstandingAtDefault, "outstandingAtDefault");
        errors.MoneyOrZero(request.Recoveries, "recoveries", optional: true);
        if (request is { OutstandingAtDefault: { } outstanding, Recoveries: { } recovered } && recovered > outstanding && Amounts.IsMoneyOrZero(recovered))
        {
            errors.Add("recoveries", "At most outstandingAtDefault: nothing can be recovered beyond what was outstanding.");
        }
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (await db.Loans.SingleOrDefaultAsync(loan => loan.Id == id, cancellationToken) is not { } loan)
        {
            return TypedResults.NotFound();
        }
        if (loan.Status != LoanStatus.Defaulted)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Only a defaulted loan can be claimed.",
                detail: $"Loan {loan.Id} is {KebabCase.Name(loan.Status)}; report it defaulted first.",
                extensions: new Dictionary<string, object?> { ["failedRules"] = new[] { "loan-defaulted" } });
        }
        if (await db.Claims.AnyAsync(claim => claim.LoanId == loan.Id, cancellationToken))
        {
            throw new ConflictException("loanId", $"Loan {loan.Id} has already been claimed.");
        }

        var coverageRate = await db.Facilities.Where(facility => facility.Id == loan.FacilityId).Select(facility => facility.CoverageRate).SingleAsync(cancellationToken);
        var claim = Claim.File(loan, coverageRate, request.OutstandingAtDefault!.Value, request.Recoveries ?? 0m, client.ClientId, clock.GetUtcNow());
        db.Claims.Add(claim);
        db.AddEvent(FinancingEvents.ClaimPaid(loan, claim));
        db.DependOnRowAsRead(loan); // a claim is paid only on a loan still defaulted when it commits
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new ConflictException("loanId", $"Loan {loan.Id} has already been claimed.");
        }
        return TypedResults.Created($"/api/financing/loans/{loan.Id}/claims/{claim.Id}", ClaimResponse.From(claim, coverageRate, loan));
    }

    private static async Task<Results<Created<RecoveryResponse>, ValidationProblem, NotFound, ProblemHttpResult>> RecordRecovery(
        Guid id, RecoveryRequest request, FinancingDbContext db, ICurrentClient client, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Money(request.Amount, "amount");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (!await db.Loans.AnyAsync(loan => loan.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.LockClaimAsync(id, cancellationToken) is not { } claim)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Only recoveries after a paid claim are shared back.",
                detail: $"Loan {id} has no paid claim; report recoveries so far in the claim.",
                extensions: new Dictionary<string, object?> { ["failedRules"] = new[] { "claim-paid" } });
        }
        // Summed under the claim's lock: a concurrent recovery on this loan waits for this one to commit.
        var recoveredSince = await db.Recoveries.Where(recovery => recovery.LoanId == id).SumAsync(recovery => recovery.Amount, cancellationToken);
        var unrecovered = Claims.Unrecovered(claim, recoveredSince);
        if (request.Amount > unrecovered)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                type: "urn:cp-platform:problem:recovery-within-unrecovered",
                title: "A recovery cannot exceed what is still unrecovered.",
                detail: $"Outstanding at default {claim.OutstandingAtDefault} minus recoveries so far {claim.Recoveries + recoveredSince} leaves {unrecovered}.",
                extensions: new Dictionary<string, object?> { ["failedRules"] = new[] { "recovery-within-unrecovered" }, ["unrecovered"] = unrecovered });
        }

        var coverageRate = await db.Facilities.Where(facility => facility.Id == claim.FacilityId).Select(facility => facility.CoverageRate).SingleAsync(cancellationToken);
        var recovery = Recovery.Record(claim, coverageRate, request.Amount!.Value, client.ClientId, clock.GetUtcNow());
        db.Recoveries.Add(recovery);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/financing/loans/{id}/recoveries/{recovery.Id}", RecoveryResponse.From(recovery));
    }

    /// <summary>
    /// A repeat (same key or same bank loan reference, of the same bank) is answered with the first loan only when it
    /// asks for the same loan; a key or reference reused for a different loan is refused, never silently answered.
    /// </summary>
    private static Results<Created<LoanResponse>, ValidationProblem, NotFound, ProblemHttpResult> Repeat(Loan first, LoanRequest request, LoanPlacement placement)
    {
        if (first.IsSameRequest(request.FacilityId!.Value, request.Country!, request.TaxId!, placement))
        {
            return Placed(first);
        }
        var byKey = placement.IdempotencyKey is not null && first.IdempotencyKey == placement.IdempotencyKey;
        var rule = byKey ? "idempotency-key-reused" : "bank-loan-ref-reused";
        return TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            type: $"urn:cp-platform:problem:{rule}",
            title: byKey ? "This Idempotency-Key was used for a different loan." : "This bankLoanRef was used for a different loan.",
            detail: byKey
                ? "A retry must repeat the first request's body exactly; use a new Idempotency-Key for a new loan."
                : "A bank loan reference names one loan; use a new bankLoanRef for a new loan.",
            extensions: new Dictionary<string, object?> { ["failedRules"] = new[] { rule } });
    }

    private static Created<LoanResponse> Placed(Loan loan) => TypedResults.Created($"/api/financing/loans/{loan.Id}", LoanResponse.From(loan));

    private static ProblemHttpResult NotPlaceable(EligibilityAnswer answer) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "The loan does not meet the facility's rules.",
        detail: $"Failed: {string.Join(", ", answer.FailedRules)}.",
        extensions: new Dictionary<string, object?> { ["failedRules"] = answer.FailedRules, ["rules"] = answer.Rules });
}

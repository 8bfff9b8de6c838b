using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Monitoring;
using CpPlatform.ServiceDefaults.Problems;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Time;
using CpPlatform.Training.Data;
using CpPlatform.Training.Domain;
using CpPlatform.Training.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CpPlatform.Training.Apis;

/// <summary>National staff's side of certification: accreditation exams, issuing, suspending, reinstating and revoking.</summary>
public static class CertificationApi
{
    public static IEndpointRouteBuilder MapCertificationApi(this IEndpointRouteBuilder app)
    {
        var national = app.MapGroup("/api/training")
            .WithTags("Certification")
            .RequireAuthorization(policy => policy.RequireScope(TrainingScope.Name).RequireKind(ClientKind.National));

        national.MapPost("/exams", RecordExam)
            .WithName("RecordExam")
            .WithSummary("Record an accreditation exam a consultant sat (takenOn from 2000-01-01 to today), passed or not.");
        national.MapGet("/exams", ListExams)
            .WithName("ListExams")
            .WithSummary("The accreditation exams recorded for a consultant's email, newest first.");
        national.MapGet("/certifications/readiness", Readiness)
            .WithName("CertificationReadiness")
            .WithSummary("What the platform holds about a consultant (training, best project score, exam) and each requirement still unmet.");
        national.MapPost("/certifications", Certify)
            .WithName("Certify")
            .WithSummary("Issue a consultant certificate; 422 lists each unmet requirement, 409 when the consultant already holds a current one.");
        national.MapGet("/certifications", ListCertificates)
            .WithName("ListCertificates")
            .WithSummary("List certificates, paged; filter by holder email and status.");
        national.MapGet("/certifications/{number}", GetCertificate)
            .WithName("GetCertificate")
            .WithSummary("Get a certificate by its number.");
        national.MapPost("/certifications/{number}/suspend", Suspend)
            .WithName("SuspendCertificate")
            .WithSummary("Suspend an active certificate with a reason; its holder leaves the roster until reinstated.");
        national.MapPost("/certifications/{number}/reinstate", Reinstate)
            .WithName("ReinstateCertificate")
            .WithSummary("Reinstate a suspended certificate; its holder is announced certified again.");
        national.MapPost("/certifications/{number}/revoke", Revoke)
            .WithName("RevokeCertificate")
            .WithSummary("Revoke a certificate for good, with a reason.");
        return app;
    }

    private static async Task<Results<Created<ExamResponse>, ValidationProblem>> RecordExam(
        ExamRequest request, TrainingDbContext db, ICurrentClient client, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(Text.IsEmail(request.Email), "email", "Required: an email address.");
        errors.Check(Text.IsPresent(request.Name, 200), "name", "Required, at most 200 characters.");
        errors.PastDay(request.TakenOn, "takenOn", DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        errors.Check(request.Passed is not null, "passed", "Required: true or false.");
        errors.Check(request.Score is null or >= 0 and <= 100, "score", "0 to 100 when given.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var exam = new AccreditationExam
        {
            Id = Guid.CreateVersion7(),
            Email = Person.NormalizeEmail(request.Email!),
            Name = request.Name!.Trim(),
            TakenOn = request.TakenOn!.Value,
            Passed = request.Passed!.Value,
            Score = request.Score,
            RecordedBy = client.ClientId,
            RecordedAt = clock.GetUtcNow(),
        };
        db.Exams.Add(exam);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/training/exams?email={Uri.EscapeDataString(exam.Email)}", ExamResponse.From(exam));
    }

    private static async Task<Results<Ok<List<ExamResponse>>, ValidationProblem>> ListExams(string? email, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!errors.Check(Text.IsEmail(email), "email", "Required: an email address."))
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var normalized = Person.NormalizeEmail(email!);
        var exams = await db.Exams.AsNoTracking().Where(exam => exam.Email == normalized).OrderByDescending(exam => exam.TakenOn)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(exams.Select(ExamResponse.From).ToList());
    }

    private static async Task<Results<Ok<ReadinessResponse>, ValidationProblem>> Readiness(
        string? email, TrainingDbContext db, IOptions<CertificationRule> rule, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!errors.Check(Text.IsEmail(email), "email", "Required: an email address."))
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var normalized = Person.NormalizeEmail(email!);
        var evidence = await db.EvidenceAsync(normalized, cancellationToken);
        var unmet = rule.Value.Unmet(evidence);
        return TypedResults.Ok(new ReadinessResponse(
            normalized, evidence.CompletedConsultantTraining, evidence.BestProjectScore, evidence.PassedExam, unmet.Count == 0, unmet));
    }

    private static async Task<Results<Created<CertificateResponse>, ValidationProblem, ProblemHttpResult>> Certify(
        CertificationRequest request, TrainingDbContext db, ICurrentClient client, IOptions<CertificationRule> rule, TimeProvider clock,
        CenterClock centerClock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!errors.Check(Text.IsEmail(request.Email), "email", "Required: an email address."))
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var email = Person.NormalizeEmail(request.Email!);
        var now = clock.GetUtcNow();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockConsultantAsync(email, cancellationToken);
        if (await db.Certificates.AsNoTracking()
                .Where(c => c.HolderEmail == email && c.Status != CertificateStatus.Revoked && c.ExpiresAt > now)
                .Select(c => c.Number).FirstOrDefaultAsync(cancellationToken) is { } held)
        {
            throw new ConflictException("email", $"{email} already holds certificate {held}, which is neither revoked nor expired.");
        }
        var unmet = rule.Value.Unmet(await db.EvidenceAsync(email, cancellationToken));
        if (unmet.Count > 0)
        {
            return Problems.NotCertifiable(unmet);
        }

        var (training, country) = (await db.ConsultantTrainingAsync(email, cancellationToken))!.Value;
        var atTrainingCenter = await centerClock.AtAsync(training.CenterId, cancellationToken);
        var sequence = await db.NextSequenceAsync(country, atTrainingCenter.Today.Year, cancellationToken);
        var certificate = Certificate.Issue(training, country, sequence, rule.Value, atTrainingCenter, client.ClientId);
        db.Certificates.Add(certificate);
        db.AddEvent(TrainingEvents.ConsultantCertified(certificate, now));
        db.AddActivities(certificate.CenterId, ProgramActivities.CertificateIssued(certificate));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/training/certifications/{certificate.Number}", CertificateResponse.From(certificate, now));
    }

    private static async Task<Results<Ok<PagedResult<CertificateResponse>>, ValidationProblem>> ListCertificates(
        TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken, string? email = null, string? status = null,
        int? page = null, int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        var statusValue = errors.OptionalKebabCase<CertificateStatus>(status, "status");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var wantedEmail = Text.TrimmedOrNull(email) is { } given ? Person.NormalizeEmail(given) : null;
        var query = db.Certificates.AsNoTracking().Where(c => (wantedEmail == null || c.HolderEmail == wantedEmail) && (statusValue == null || c.Status == statusValue));
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(c => c.IssuedOn).ThenBy(c => c.Number).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(new PagedResult<CertificateResponse>(items.Select(c => CertificateResponse.From(c, now)).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<CertificateResponse>, NotFound>> GetCertificate(
        string number, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var normalized = CertificateNumber.Normalize(number);
        return await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Number == normalized, cancellationToken) is { } certificate
            ? TypedResults.Ok(CertificateResponse.From(certificate, clock.GetUtcNow()))
            : TypedResults.NotFound();
    }

    private static Task<Results<Ok<CertificateResponse>, NotFound, ValidationProblem>> Suspend(
        string number, StatusChangeRequest request, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(number, request, reasonRequired: true, db, clock, (certificate, reason, now) =>
        {
            certificate.Suspend(reason!, now);
            db.AddEvent(TrainingEvents.CertificateSuspended(certificate, now));
        }, cancellationToken);

    private static Task<Results<Ok<CertificateResponse>, NotFound, ValidationProblem>> Reinstate(
        string number, StatusChangeRequest? request, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(number, request, reasonRequired: false, db, clock, (certificate, reason, now) =>
        {
            certificate.Reinstate(reason, now);
            db.AddEvent(TrainingEvents.ConsultantCertified(certificate, now));
        }, cancellationToken);

    private static Task<Results<Ok<CertificateResponse>, NotFound, ValidationProblem>> Revoke(
        string number, StatusChangeRequest request, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(number, request, reasonRequired: true, db, clock, (certificate, reason, now) =>
        {
            certificate.Revoke(reason!, now);
            db.AddEvent(TrainingEvents.CertificateRevoked(certificate, now));
        }, cancellationToken);

    /// <summary>Loads the certificate, applies the change (a forbidden one throws a conflict), announces it and saves.</summary>
    private static async Task<Results<Ok<CertificateResponse>, NotFound, ValidationProblem>> ChangeAsync(
        string number, StatusChangeRequest? request, bool reasonRequired, TrainingDbContext db, TimeProvider clock,
        Action<Certificate, string?, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(reasonRequired ? Text.IsPresent(request?.Reason, 500) : request?.Reason is null || Text.IsPresent(request.Reason, 500),
            "reason", reasonRequired ? "Required, at most 500 characters." : "At most 500 characters when given.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var normalized = CertificateNumber.Normalize(number);
        if (await db.Certificates.SingleOrDefaultAsync(c => c.Number == normalized, cancellationToken) is not { } certificate)
        {
            return TypedResults.NotFound();
        }
        var now = clock.GetUtcNow();
        change(certificate, Text.TrimmedOrNull(request?.Reason), now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CertificateResponse.From(certificate, now));
    }
}

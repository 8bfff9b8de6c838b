using CpPlatform.Assessments.Data;
using CpPlatform.Assessments.Domain;
using CpPlatform.Assessments.Messaging;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Monitoring;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CpPlatform.Assessments.Apis;

internal static class ProjectOptionsApi
{
    public static RouteGroupBuilder MapProjectOptionsApi(this RouteGroupBuilder projects)
    {
        var options = projects.MapGroup("/{id:guid}/options")
            .WithTags("Options")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));

        options.MapPost("/", AddOption)
            .WithName("AddOption")
            .WithSummary("Recommend a CP option: category, investment, annual savings and yearly reductions.");
        options.MapPost("/{optionId:guid}/accept", AcceptOption)
            .WithName("AcceptOption")
            .WithSummary("Accept a proposed option.");
        options.MapPost("/{optionId:guid}/reject", RejectOption)
            .WithName("RejectOption")
            .WithSummary("Reject a proposed option with the feasibility reason (technical, economic, environmental).");
        options.MapPost("/{optionId:guid}/implement", ImplementOption)
            .WithName("ImplementOption")
            .WithSummary("Record an accepted option's implementation: date (from 2000-01-01 to today at the center) and actual investment.");
        options.MapPost("/{optionId:guid}/verify", VerifyOption)
            .WithName("VerifyOption")
            .WithSummary("Record an implemented option's verified annual savings.");
        return projects;
    }

    private static async Task<Results<Created<OptionResponse>, NotFound, ValidationProblem>> AddOption(
        Guid id, OptionRequest request, AssessmentsDbContext db, ICurrentClient client, TimeProvider clock, CenterClock centerClock,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var details = ProjectValidation.Option(request, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (await db.FindProjectAsync(id, cancellationToken) is not { } project)
        {
            return TypedResults.NotFound();
        }
        var option = project.AddOption(details, client.ClientId, clock.GetUtcNow());
        db.AddActivities(project.CenterId, ProgramActivities.Option(project, option, await centerClock.AtAsync(project.CenterId, cancellationToken)));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/assessments/projects/{id}/options/{option.Id}", OptionResponse.From(option));
    }

    private static Task<Results<Ok<OptionResponse>, NotFound, ValidationProblem>> AcceptOption(
        Guid id, Guid optionId, AssessmentsDbContext db, ICurrentClient client, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, optionId, db, (_, option) =>
        {
            option.Accept(client.ClientId, clock.GetUtcNow());
            return Task.CompletedTask;
        }, cancellationToken);

    private static async Task<Results<Ok<OptionResponse>, NotFound, ValidationProblem>> RejectOption(
        Guid id, Guid optionId, RejectRequest request, AssessmentsDbContext db, ICurrentClient client, TimeProvider clock, CenterClock centerClock,
        CancellationToken cancellationToken)
    {
        if (request.Reason is not { } reason)
        {
            return Invalid("reason", $"Required, one of: {KebabCase.AllowedValues<RejectionReason>()}.");
        }
        var at = await centerClock.AtAsync(client.CenterId, cancellationToken);
        return await ChangeAsync(id, optionId, db, (project, option) =>
        {
            option.Reject(reason, client.ClientId, clock.GetUtcNow());
            db.AddActivities(project.CenterId, ProgramActivities.Option(project, option, at));
            return Task.CompletedTask;
        }, cancellationToken);
    }

    private static async Task<Results<Ok<OptionResponse>, NotFound, ValidationProblem>> ImplementOption(
        Guid id, Guid optionId, ImplementRequest request, AssessmentsDbContext db, ICurrentClient client, CenterClock centerClock,
        CancellationToken cancellationToken)
    {
        var at = await centerClock.AtAsync(client.CenterId, cancellationToken);
        var errors = new ValidationErrors();
        errors.PastDay(request.Date, "date", at.Today);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var date = request.Date!.Value;
        if (request.ActualInvestment is { } actual && !Amounts.IsMoneyOrZero(actual))
        {
            return Invalid("actualInvestment", $"When given: {Amounts.MoneyOrZeroRule}.");
        }
        return await ChangeAsync(id, optionId, db, (project, option) =>
        {
            option.Implement(date, request.ActualInvestment, client.ClientId, at.Now);
            db.AddEvent(AssessmentEvents.OptionImplemented(project, option));
            db.AddActivities(project.CenterId, ProgramActivities.Option(project, option, at));
            return Task.CompletedTask;
        }, cancellationToken);
    }

    private static async Task<Results<Ok<OptionResponse>, NotFound, ValidationProblem>> VerifyOption(
        Guid id, Guid optionId, VerifyRequest request, AssessmentsDbContext db, ICurrentClient client, TimeProvider clock, CenterClock centerClock,
        CancellationToken cancellationToken)
    {
        if (request.VerifiedAnnualSavings is not { } savings || !Amounts.IsMoneyOrZero(savings))
        {
            return Invalid("verifiedAnnualSavings", $"Required: {Amounts.MoneyOrZeroRule}.");
        }
        var at = await centerClock.AtAsync(client.CenterId, cancellationToken);
        return await ChangeAsync(id, optionId, db, async (project, option) =>
        {
            project.VerifyOption(option, savings, client.ClientId, clock.GetUtcNow());
            db.AddEvent(AssessmentEvents.ResultsVerified(project, await db.EnterpriseOfAsync(project, cancellationToken)));
            db.AddActivities(project.CenterId, ProgramActivities.SavingsVerified(project, at));
        }, cancellationToken);
    }

    private static async Task<Results<Ok<OptionResponse>, NotFound, ValidationProblem>> ChangeAsync(
        Guid id, Guid optionId, AssessmentsDbContext db, Func<DemonstrationProject, ProjectOption, Task> change, CancellationToken cancellationToken)
    {
        if (await db.FindProjectAsync(id, cancellationToken) is not { } project || project.OptionToChange(optionId) is not { } option)
        {
            return TypedResults.NotFound();
        }
        await change(project, option);
        // Saved with the option; the project's row version makes a concurrent change of another option answer 409
        // instead of losing one count, and so does a change to an option of a project cancelled meanwhile.
        project.CountOptions();
        db.DependOnRowAsRead(project);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(OptionResponse.From(option));
    }

    private static ValidationProblem Invalid(string field, string rule) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [rule] });
}

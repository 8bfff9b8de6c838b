using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Problems;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.Training.Data;
using CpPlatform.Training.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CpPlatform.Training.Apis;

public static class CoursesApi
{
    public static IEndpointRouteBuilder MapCoursesApi(this IEndpointRouteBuilder app)
    {
        var courses = app.MapGroup("/api/training/courses")
            .WithTags("Courses")
            .RequireAuthorization(policy => policy.RequireScope(TrainingScope.Name).RequireKind(ClientKind.Center, ClientKind.National, ClientKind.Admin));

        courses.MapPost("/", PublishCourse)
            .WithName("PublishCourse")
            .WithSummary($"Publish a course of the caller's center: audiences ({CourseValidation.Audiences}), fee and numbered modules ({CourseValidation.Modules}: title, topic, days, phase).")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        courses.MapGet("/", ListCourses)
            .WithName("ListCourses")
            .WithSummary("List courses (a center sees its own), paged; filter by text, audience and topic.");
        courses.MapGet("/{id:guid}", GetCourse)
            .WithName("GetCourse")
            .WithSummary("Get a course with its modules, days and phases.");
        return app;
    }

    private static async Task<Results<Created<CourseResponse>, ValidationProblem>> PublishCourse(
        CourseRequest request, TrainingDbContext db, ICurrentClient client, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = CourseValidation.Validate(request);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var course = CourseValidation.ToCourse(request, client.CenterId!, clock.GetUtcNow());
        if (await db.Courses.AnyAsync(c => c.Code == course.Code, cancellationToken))
        {
            throw DuplicateCode(course.Code);
        }

        db.Courses.Add(course);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw DuplicateCode(course.Code);
        }
        return TypedResults.Created($"/api/training/courses/{course.Id}", CourseResponse.From(course));
    }

    private static async Task<Results<Ok<PagedResult<CourseResponse>>, ValidationProblem>> ListCourses(
        TrainingDbContext db, CancellationToken cancellationToken, string? q = null, string? audience = null, string? topic = null,
        int? page = null, int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        var audienceValue = errors.OptionalKebabCase<ParticipantCategory>(audience, "audience");
        var topicValue = errors.OptionalKebabCase<Topic>(topic, "topic");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var query = db.Courses.AsNoTracking();
        if (Text.TrimmedOrNull(q) is { } text)
        {
            var pattern = $"%{text}%";
            query = query.Where(c => EF.Functions.ILike(c.Title, pattern) || EF.Functions.ILike(c.Code, pattern));
        }
        if (audienceValue is { } wanted)
        {
            query = query.Where(c => c.Audiences.Contains(wanted));
        }
        if (topicValue is { } subject)
        {
            query = query.Where(c => c.Modules.Any(module => module.Topic == subject));
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(c => c.CenterId).ThenBy(c => c.Code).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<CourseResponse>(items.Select(CourseResponse.From).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<CourseResponse>, NotFound>> GetCourse(Guid id, TrainingDbContext db, CancellationToken cancellationToken) =>
        await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is { } course
            ? TypedResults.Ok(CourseResponse.From(course))
            : TypedResults.NotFound();

    private static ConflictException DuplicateCode(string code) => new("code", $"The center already publishes a course with code {code}.");
}

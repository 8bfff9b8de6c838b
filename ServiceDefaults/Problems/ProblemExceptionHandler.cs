using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CpPlatform.ServiceDefaults.Problems;

/// <summary>Turns exceptions into problem details: bad input 400 naming the field, conflicts 409, the rest 500 without internals.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException badRequest => FromBadRequest(badRequest),
            ConflictException conflict => new ValidationProblemDetails(new Dictionary<string, string[]> { [conflict.Field] = [conflict.Message] })
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The request conflicts with existing data.",
                Detail = conflict.Message,
            },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The resource was changed by another request.",
                Detail = "Read it again and repeat the change.",
            },
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
                Detail = "The error was logged; quote the traceId when reporting it.",
            };
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails FromBadRequest(BadHttpRequestException exception)
    {
        var field = exception.InnerException is JsonException { Path: { } path } ? JsonPathToField(path) : null;
        if (field is null)
        {
            return new ProblemDetails
            {
                Status = exception.StatusCode,
                Title = "The request could not be read.",
                Detail = exception.Message,
            };
        }

        return new ValidationProblemDetails(new Dictionary<string, string[]>
        {
            [field] = ["The value is missing or not of the expected type or allowed values."],
        })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
        };
    }

    /// <summary><c>$.consents.publishResults</c> → <c>consents.publishResults</c>; <c>$</c> (the whole body) → <c>body</c>.</summary>
    private static string JsonPathToField(string path)
    {
        var field = path.TrimStart('$').TrimStart('.');
        return field.Length == 0 ? "body" : field;
    }
}

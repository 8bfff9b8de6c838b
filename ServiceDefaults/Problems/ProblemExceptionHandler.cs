using System.Text.Json;
using CpPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CpPlatform.ServiceDefaults.Problems;

/// <summary>Turns exceptions into problem details: bad input 400 naming the field, conflicts 409, the rest 500 without internals.</summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger)
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

    public const string UnreadableBody = "The request body is missing or is not valid JSON.";

    /// <summary>
    /// A request the framework could not bind, in the platform's words: the framework's own message (parameter
    /// types, "Did you mean to use a Service instead?") never leaves the service.
    /// </summary>
    private static ProblemDetails FromBadRequest(BadHttpRequestException exception)
    {
        if (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return RequestGuard.TooLarge(null);
        }
        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return Invalid("body", ProblemResponses.UnsupportedBody, StatusCodes.Status415UnsupportedMediaType);
        }
        return exception.InnerException switch
        {
            ControlCharacterException { Path: { } path } => Invalid(JsonPathToField(path), ControlCharacters.Rule),
            // A syntax error is reported where the reader stopped, which says nothing about the field meant.
            JsonException { Path: { } path } json when !IsSyntaxError(json) && JsonPathToField(path) != "body" =>
                Invalid(JsonPathToField(path), "The value is missing or not of the expected type or allowed values."),
            JsonException => Invalid("body", UnreadableBody),
            _ when ParameterName(exception.Message) is { } parameter => Invalid(parameter, "The value is missing or not of the expected type."),
            _ => Invalid("body", UnreadableBody),
        };
    }

    private static ValidationProblemDetails Invalid(string field, string rule, int status = StatusCodes.Status400BadRequest) =>
        new(new Dictionary<string, string[]> { [field] = [rule] })
        {
            Status = status,
            Title = status == StatusCodes.Status400BadRequest ? "One or more validation errors occurred." : rule,
        };

    /// <summary>The reader's own error (not JSON at all, cut short) travels inside the serializer's.</summary>
    private static bool IsSyntaxError(JsonException exception) => exception.InnerException is JsonException;

    /// <summary>
    /// The query, route or header parameter a binding failure names (<c>Failed to bind parameter "int? page" from
    /// "abc".</c>, <c>Required parameter "Guid id" was not provided from route.</c>); null when it is about the body.
    /// </summary>
    private static string? ParameterName(string message)
    {
        var match = BoundParameter().Match(message);
        return match.Success && !message.Contains(" body", StringComparison.OrdinalIgnoreCase) ? match.Groups["name"].Value : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[A-Za-z_][A-Za-z0-9_-]*)\"")]
    private static partial System.Text.RegularExpressions.Regex BoundParameter();

    /// <summary><c>$.consents.publishResults</c> → <c>consents.publishResults</c>; <c>$</c> (the whole body) → <c>body</c>.</summary>
    private static string JsonPathToField(string path)
    {
        var field = path.TrimStart('$').TrimStart('.');
        return field.Length == 0 ? "body" : field;
    }
}

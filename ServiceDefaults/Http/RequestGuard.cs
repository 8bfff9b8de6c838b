using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CpPlatform.ServiceDefaults.Http;

/// <summary>
/// Checks every request before an endpoint (or the gateway's proxy) sees it: the body may not exceed its limit (413,
/// answered before a byte of it is read when its length is declared), and no query parameter may hold a control
/// character or a value longer than any query needs (400 naming the parameter).
/// </summary>
public static class RequestGuard
{
    public const string PublicPrefix = "/api/public";

    /// <summary>Longer than any filter, search term or id the platform's queries take.</summary>
    public const int MaxQueryValueLength = 256;

    public static readonly string QueryValueTooLongRule = $"Must be at most {MaxQueryValueLength} characters.";

    public static IApplicationBuilder UseRequestGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = BodyLimit(context);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }
        if (context.Request.ContentLength > limit)
        {
            await WriteAsync(context, TooLarge(limit));
            return;
        }
        if (limit is { } max && context.Request.ContentLength is null && MayHaveBody(context) && !await BufferWithinAsync(context, max))
        {
            // A body of unknown length (chunked) is read up to the limit, never further, whatever server runs the service.
            await WriteAsync(context, TooLarge(limit));
            return;
        }

        if (QueryProblem(context.Request.Query) is { } problem)
        {
            await WriteAsync(context, problem);
            return;
        }
        await next(context);
    });

    /// <summary>A 400 naming the first query parameter with a control character or an overlong value; null when all are fine.</summary>
    private static ValidationProblemDetails? QueryProblem(IQueryCollection query)
    {
        foreach (var (name, values) in query)
        {
            var rule = ControlCharacters.Contains(name) || values.Any(value => value is not null && ControlCharacters.Contains(value))
                ? ControlCharacters.Rule
                : name.Length > MaxQueryValueLength || values.Any(value => value?.Length > MaxQueryValueLength)
                    ? QueryValueTooLongRule
                    : null;
            if (rule is not null)
            {
                var field = ControlCharacters.Contains(name) || name.Length > MaxQueryValueLength ? "query" : name;
                return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [rule] })
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "One or more validation errors occurred.",
                };
            }
        }
        return null;
    }

    /// <summary>The problem a body over <paramref name="limit"/> bytes gets (413 naming the body).</summary>
    public static ProblemDetails TooLarge(long? limit) =>
        new ValidationProblemDetails(new Dictionary<string, string[]>
        {
            ["body"] = [limit is { } max ? $"Must be at most {max} bytes." : "Is larger than this endpoint accepts."],
        })
        {
            Status = StatusCodes.Status413PayloadTooLarge,
            Title = "The request body is too large.",
        };

    /// <summary>An endpoint's own <c>RequestSizeLimit</c> wins; otherwise anonymous writes get the small limit.</summary>
    private static long? BodyLimit(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } endpointLimit)
        {
            return endpointLimit.MaxRequestBodySize;
        }
        var options = context.RequestServices.GetRequiredService<IOptions<RequestLimitOptions>>().Value;
        return context.Request.Path.StartsWithSegments(PublicPrefix, StringComparison.OrdinalIgnoreCase)
            ? options.MaxPublicBodyBytes
            : options.MaxBodyBytes;
    }

    private static Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status!.Value;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
        }).AsTask();
    }

    private static bool MayHaveBody(HttpContext context) =>
        context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody
        ?? (HttpMethods.IsPost(context.Request.Method) || HttpMethods.IsPut(context.Request.Method) || HttpMethods.IsPatch(context.Request.Method));

    /// <summary>Reads the body into memory if it fits in <paramref name="limit"/> bytes; false as soon as it does not.</summary>
    private static async Task<bool> BufferWithinAsync(HttpContext context, long limit)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return false;
            }
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        context.Request.Body = buffer;
        context.Response.RegisterForDispose(buffer);
        return true;
    }
}

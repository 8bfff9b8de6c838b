using System.Diagnostics;
using CpPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CpPlatform.ServiceDefaults.Problems;

public static class ProblemResponses
{
    public const string UnsupportedBody = "Must be JSON, sent as Content-Type: application/json.";

    public static IHostApplicationBuilder AddProblemResponses(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            // Minimal APIs answer a body of another media type with a bare 415: say which part and what is expected.
            if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType && !context.ProblemDetails.Extensions.ContainsKey("errors")
                && context.ProblemDetails is not Microsoft.AspNetCore.Http.HttpValidationProblemDetails)
            {
                context.ProblemDetails.Title = UnsupportedBody;
                context.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { ["body"] = [UnsupportedBody] };
            }
        });
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddOptions<RequestLimitOptions>().BindConfiguration(RequestLimitOptions.Section);
        return builder;
    }

    /// <summary>
    /// Every 4xx/5xx leaves as RFC 9457 problem details, including those without a body (401, 403, 404, 405); then the
    /// request guard refuses oversized bodies (413) and control characters in the query string (400).
    /// </summary>
    public static IApplicationBuilder UseProblemResponses(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestGuard();
        return app;
    }
}

using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CpPlatform.ServiceDefaults.Problems;

public static class ProblemResponses
{
    public static IHostApplicationBuilder AddProblemResponses(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        });
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        return builder;
    }

    /// <summary>Every 4xx/5xx leaves as RFC 9457 problem details, including those without a body (401, 403, 404, 405).</summary>
    public static IApplicationBuilder UseProblemResponses(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}

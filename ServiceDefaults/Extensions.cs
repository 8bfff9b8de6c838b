using CpPlatform.ServiceDefaults.Caching;
using CpPlatform.ServiceDefaults.Health;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Problems;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace CpPlatform.ServiceDefaults;

/// <summary>What every CP Platform service gets: one call on the builder, one on the app.</summary>
public static class Extensions
{
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.AddTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddProblemResponses();
        builder.AddJsonConventions();
        builder.AddPlatformAuthentication();
        builder.AddCache();
        return builder;
    }

    /// <summary>
    /// Adds the shared middleware (errors as problem details, span naming, authentication) and maps
    /// <c>/health</c>, <c>/alive</c> and <c>/openapi/v1.json</c>. Call it before mapping the service's APIs.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseServerSpanNaming();
        app.UseProblemResponses();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthEndpoints();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}

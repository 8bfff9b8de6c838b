using CpPlatform.ServiceDefaults.Caching;
using CpPlatform.ServiceDefaults.Health;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Problems;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CpPlatform.ServiceDefaults;

/// <summary>What every CP Platform service gets: one call on the builder, one on the app.</summary>
public static class Extensions
{
    /// <summary>
    /// Aspire's service defaults (OpenTelemetry, health checks, service discovery, resilient HttpClients) plus the
    /// platform's own: problem details, JSON conventions, token validation, the Redis cache and the clock.
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();

        // http://financing resolves through services:financing:http:0 (services__financing__http__0 from the AppHost).
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.AddProblemResponses();
        builder.AddJsonConventions();
        builder.AddPlatformAuthentication();
        builder.AddCache();
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>
    /// Adds the shared middleware (errors as problem details, authentication) and maps <c>/health</c>, <c>/alive</c>
    /// and <c>/openapi/v1.json</c>. Call it before mapping the service's APIs.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseProbesOutOfRequestMetrics();
        app.UseProblemResponses();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthEndpoints();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}

using CpPlatform.Gateway.Tokens;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CpPlatform.Gateway.RateLimiting;

public static class ClientRateLimits
{
    public static IHostApplicationBuilder AddClientRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .Validate(options => options.PermitLimit > 0, "Gateway:RateLimit:PermitLimit must be positive.")
            .Validate(options => options.AnonymousPublicWritePermitLimit > 0, "Gateway:RateLimit:AnonymousPublicWritePermitLimit must be positive.")
            .Validate(options => options.TokenPermitLimitPerClient > 0 && options.TokenPermitLimitPerAddress > 0,
                "Gateway:RateLimit:TokenPermitLimitPerClient and TokenPermitLimitPerAddress must be positive.")
            .Validate(options => options.Window > TimeSpan.Zero, "Gateway:RateLimit:Window must be positive.")
            .Validate(options => options.ReservationLease > TimeSpan.Zero, "Gateway:RateLimit:ReservationLease must be positive.")
            .Validate(options => options.MaxReservation > 0, "Gateway:RateLimit:MaxReservation must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<RedisRateLimitCounter>();
        builder.Services.AddSingleton<LocalRateLimitCounter>();
        builder.Services.AddSingleton<ClientRateLimiter>();
        return builder;
    }

    /// <summary>
    /// Counts every request but the health probes against its caller's window; over the limit it answers 429 with
    /// <c>Retry-After</c>. Placed after authentication, so a token's client id is known.
    /// </summary>
    public static IApplicationBuilder UseClientRateLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/health") || path.StartsWithSegments("/alive"))
        {
            await next(context);
            return;
        }

        await ChargeAsync(context, next, RateLimitKeys.RulesFor);
    });

    /// <summary>
    /// Counts token requests by the client id they name and by address. Placed before authentication, which is where
    /// OpenIddict checks the secret, so a caller over its limit costs no hashing at all.
    /// </summary>
    public static IApplicationBuilder UseTokenEndpointRateLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!TokenRequestGuard.IsTokenRequest(context.Request))
        {
            await next(context);
            return;
        }
        await ChargeAsync(context, next, RateLimitKeys.TokenRulesFor);
    });

    private static async Task ChargeAsync(
        HttpContext context, RequestDelegate next, Func<HttpContext, RateLimitOptions, IEnumerable<RateLimitRule>> rulesFor)
    {
        var limiter = context.RequestServices.GetRequiredService<ClientRateLimiter>();
        var settings = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        foreach (var rule in rulesFor(context, settings))
        {
            var decision = await limiter.AcquireAsync(rule);
            if (!decision.Allowed)
            {
                await RejectAsync(context, rule, settings, decision.RetryAfter);
                return;
            }
        }
        await next(context);
    }

    private static async Task RejectAsync(HttpContext context, RateLimitRule rule, RateLimitOptions settings, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"At most {rule.PermitLimit} requests per {settings.Window} are allowed; retry after {seconds} s.",
            },
        });
    }
}

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Yarp.ReverseProxy.Model;

namespace CpPlatform.Gateway.Proxy;

public static class ProxyPipeline
{
    /// <summary>YARP's standard steps, wrapped so answers keep the platform's error format.</summary>
    public static void Configure(IReverseProxyApplicationBuilder proxy)
    {
        proxy.Use(async (context, next) =>
        {
            // A service's own answer goes back untouched: the gateway's status-code pages must not replace an empty 404.
            if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }
            await next();
            if (context.GetForwarderErrorFeature() is not null && !context.Response.HasStarted)
            {
                await WriteForwardingProblemAsync(context);
            }
        });
        proxy.UseLoadBalancing();
        proxy.UsePassiveHealthChecks();
    }

    /// <summary>The service could not be reached or did not answer in time: say so as problem details (502 or 504).</summary>
    private static async Task WriteForwardingProblemAsync(HttpContext context)
    {
        // YARP has already logged the failure with its cause.
        var service = context.GetReverseProxyFeature().Route.Config.ClusterId;
        var status = context.Response.StatusCode >= 500 ? context.Response.StatusCode : StatusCodes.Status502BadGateway;
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = status == StatusCodes.Status504GatewayTimeout ? "The service did not answer in time." : "The service is unavailable.",
                Detail = $"The {service} service could not complete the request; retry later.",
            },
        });
    }
}

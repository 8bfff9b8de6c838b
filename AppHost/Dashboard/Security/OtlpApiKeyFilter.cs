using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace CpPlatform.Dashboard.Security;

/// <summary>
/// Exporters send <c>x-otlp-api-key</c> (the AppHost gives every service <c>OTEL_EXPORTER_OTLP_HEADERS</c>), so no
/// other local program can write into the operators' telemetry. Without a configured key every export is accepted.
/// </summary>
internal sealed class OtlpApiKeyFilter(DashboardOptions options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (options.OtlpApiKey is { Length: > 0 } expected
            && !CryptographicOperations.FixedTimeEquals(
                Encoding.UTF8.GetBytes(context.HttpContext.Request.Headers[DashboardOptions.OtlpApiKeyHeader].ToString()), Encoding.UTF8.GetBytes(expected)))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: $"A valid {DashboardOptions.OtlpApiKeyHeader} header is required");
        }
        return await next(context);
    }
}

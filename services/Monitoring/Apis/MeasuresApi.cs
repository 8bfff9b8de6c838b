using CpPlatform.Monitoring.Domain;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CpPlatform.Monitoring.Apis;

public static class MeasuresApi
{
    public static IEndpointRouteBuilder MapMeasuresApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/monitoring/measures", ListMeasures)
            .WithTags("Measures")
            .WithName("ListMeasures")
            .WithSummary("The measures the platform computes from the services' activities (and 'manual', reported by staff): unit, what counts, the filters each takes.")
            .RequireAuthorization(policy => policy.RequireScope(MonitoringScope.Name).RequireKind(MonitoringClients.Readers));
        return app;
    }

    private static Ok<List<MeasureResponse>> ListMeasures() => TypedResults.Ok(Measures.All.Select(MeasureResponse.From).ToList());
}

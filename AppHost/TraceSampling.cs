using System.Globalization;

namespace CpPlatform.AppHost;

/// <summary>
/// The share of traces the projects record, from <c>CP_TRACE_SAMPLE_RATIO</c> (0 to 1). Unset, every trace is
/// recorded, as an operator watching the dashboard expects. Under production load a ratio (say 0.01) keeps tracing
/// affordable: the standard OpenTelemetry sampler variables make it parent-based, so a request's trace is whole or
/// absent across the gateway, the services and the consumers. Metrics and logs are never sampled.
/// </summary>
public static class TraceSampling
{
    public const string Setting = "CP_TRACE_SAMPLE_RATIO";

    public static IResourceBuilder<ProjectResource> WithTraceSampling(this IResourceBuilder<ProjectResource> project)
    {
        var configured = project.ApplicationBuilder.Configuration[Setting];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return project;
        }
        if (!double.TryParse(configured, NumberStyles.Float, CultureInfo.InvariantCulture, out var ratio) || ratio is < 0 or > 1)
        {
            throw new InvalidOperationException($"{Setting} must be a number from 0 to 1 (the share of traces recorded), not '{configured}'.");
        }
        return project
            .WithEnvironment("OTEL_TRACES_SAMPLER", "parentbased_traceidratio")
            .WithEnvironment("OTEL_TRACES_SAMPLER_ARG", ratio.ToString(CultureInfo.InvariantCulture));
    }
}

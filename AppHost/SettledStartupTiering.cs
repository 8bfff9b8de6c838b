namespace CpPlatform.AppHost;

/// <summary>
/// How long tiered compilation waits, after the last method compiled for the first time, before it starts counting
/// calls and re-compiling hot methods with full optimisation. The runtime's default, 100 ms, is shorter than the pauses
/// of a start-up, so every process of the platform re-compiled its start-up code while it was still starting, and all
/// of them shared two cores: about 5 of a cold start's 32–36 CPU-seconds (the AppHost's own 5.5 CPU-s fell to 2.8,
/// the gateway's and each service's by 0.2–0.6). With one second, the optimised code of what keeps running comes once
/// the start-up has settled (measured 2026-12-06: all healthy 16.5–18.2 s against 18.1–20.9 s, back to back).
/// The variable is read by the runtime before any code runs, so the AppHost's own process gets it from the run
/// command (<c>eng/run.sh</c>, <c>launchSettings.json</c>) and passes it to every project it starts.
/// </summary>
public static class SettledStartupTiering
{
    public const string Variable = "DOTNET_TC_CallCountingDelayMs";

    /// <summary>1,000 ms: the runtime reads this variable as hexadecimal.</summary>
    public const string OneSecond = "3E8";

    public static IResourceBuilder<ProjectResource> WithSettledStartupTiering(this IResourceBuilder<ProjectResource> project) =>
        project.WithEnvironment(Variable, project.ApplicationBuilder.Configuration[Variable] ?? OneSecond);
}

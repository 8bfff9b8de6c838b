using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CpPlatform.AppHost.Tests;

/// <summary>A starting resource's readiness is noticed between Aspire's checks; a ready one is checked as before.</summary>
public class PromptReadinessTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_check_that_has_never_passed_tries_again_within_one_run_until_it_passes()
    {
        var check = new ScriptedCheck(HealthStatus.Unhealthy, HealthStatus.Unhealthy, HealthStatus.Healthy);

        var result = await new PromptReadiness.UntilFirstPass(() => check, new PromptReadiness.PassedOnce(), Interval, Patience)
            .CheckHealthAsync(Context());

        Assert.Equal((HealthStatus.Healthy, 3), (result.Status, check.Runs));
    }

    [Fact]
    public async Task A_check_that_never_passes_answers_unhealthy_once_its_patience_is_spent()
    {
        var check = new ScriptedCheck(HealthStatus.Unhealthy);

        var result = await new PromptReadiness.UntilFirstPass(() => check, new PromptReadiness.PassedOnce(), Interval, TimeSpan.FromMilliseconds(200))
            .CheckHealthAsync(Context());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.InRange(check.Runs, 2, 11);
    }

    [Fact]
    public async Task A_check_that_cannot_be_made_yet_is_tried_again_too()
    {
        var attempts = 0;
        var ready = new ScriptedCheck(HealthStatus.Healthy);
        IHealthCheck Create() => ++attempts < 3 ? throw new InvalidOperationException("no connection string yet") : ready;

        var result = await new PromptReadiness.UntilFirstPass(Create, new PromptReadiness.PassedOnce(), Interval, Patience).CheckHealthAsync(Context());

        Assert.Equal((HealthStatus.Healthy, 3), (result.Status, attempts));
    }

    [Fact]
    public async Task Once_a_check_has_passed_a_failure_is_answered_at_once()
    {
        var passed = new PromptReadiness.PassedOnce();
        await new PromptReadiness.UntilFirstPass(() => new ScriptedCheck(HealthStatus.Healthy), passed, Interval, Patience).CheckHealthAsync(Context());
        var failing = new ScriptedCheck(HealthStatus.Unhealthy);

        var result = await new PromptReadiness.UntilFirstPass(() => failing, passed, Interval, Patience).CheckHealthAsync(Context());

        Assert.Equal((HealthStatus.Unhealthy, 1), (result.Status, failing.Runs));
    }

    [Fact]
    public async Task Every_resources_health_check_in_the_apphost_is_wrapped()
    {
        await using var graph = await AppHostGraph.CreateAsync();
        await using var services = graph.Builder.Services.BuildServiceProvider();
        var registrations = services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;
        var keys = graph.Builder.Resources.SelectMany(resource => resource.Annotations.OfType<HealthCheckAnnotation>()).Select(check => check.Key).ToList();

        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var registration = Assert.Single(registrations, registration => registration.Name == key);
            Assert.IsType<PromptReadiness.UntilFirstPass>(registration.Factory(services));
        }
    }

    private static HealthCheckContext Context() => new()
    {
        Registration = new HealthCheckRegistration("scripted", new ScriptedCheck(HealthStatus.Healthy), null, null),
    };

    /// <summary>Answers the given statuses in turn, then the last one again.</summary>
    private sealed class ScriptedCheck(params HealthStatus[] answers) : IHealthCheck
    {
        public int Runs { get; private set; }

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(new HealthCheckResult(answers[Math.Min(Runs++, answers.Length - 1)]));
    }
}

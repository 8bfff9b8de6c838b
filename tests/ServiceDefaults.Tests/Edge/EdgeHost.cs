using CpPlatform.ServiceDefaults.Health;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CpPlatform.ServiceDefaults.Tests.Edge;

/// <summary>
/// A service as small as possible, wired as every service is (AddServiceDefaults, MapDefaultEndpoints), with one
/// endpoint of each shape the edge rules care about: a JSON write, a query, a paged list, a public write, and an
/// endpoint that forgot to say who may call it.
/// </summary>
public sealed class EdgeHost : IAsyncLifetime
{
    private WebApplication _app = null!;

    /// <summary>Flip to make a readiness check fail, as a dependency that went away would.</summary>
    public bool DependencyDown { get; set; }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = "edge-tests", EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:cache"] = TestServers.Cache,
            [$"{AuthOptions.Section}:Issuer"] = TestTokens.Issuer,
            [$"{AuthOptions.Section}:Audience"] = TestTokens.Audience,
        });
        builder.AddServiceDefaults();
        builder.Services.TrustSigningKey(TestTokens.Key);
        builder.Services.AddHealthChecks().AddCheck("dependency",
            () => DependencyDown ? HealthCheckResult.Unhealthy("Connection refused (secret-host:5432)", new InvalidOperationException("secret-host:5432 refused")) : HealthCheckResult.Healthy("ok"),
            [HealthEndpoints.ReadyTag]);
        _app = builder.Build();
        _app.MapDefaultEndpoints();

        var api = _app.MapGroup("/api/things").RequireAuthorization();
        api.MapPost("/", (ThingRequest request) => TypedResults.Ok(request));
        api.MapGet("/", (string? q) => TypedResults.Ok(new { q }));
        api.MapGet("/paged", Results<Ok<PageRequest>, ValidationProblem> (int? page, int? pageSize) =>
        {
            var errors = new ValidationErrors();
            var paging = PageRequest.From(page, pageSize, errors);
            return errors.Any ? TypedResults.ValidationProblem(errors.ToDictionary()) : TypedResults.Ok(paging);
        });
        _app.MapPost("/api/public/things", (ThingRequest request) => TypedResults.Ok(request)).AllowAnonymous();
        _app.MapGet("/api/public/things", (string? q, int? page) =>
        {
            var errors = new ValidationErrors();
            var paging = PageRequest.From(page, null, errors);
            return errors.Any ? (IResult)TypedResults.ValidationProblem(errors.ToDictionary()) : TypedResults.Ok(new { q, paging.Skip });
        }).AllowAnonymous();
        _app.MapGet("/api/forgotten", () => "nobody said who may call this");
        await _app.StartAsync();
    }

    public HttpClient CreateClient(string? token = null)
    {
        var client = _app.GetTestClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();
}

public sealed record ThingRequest(string? Name, IReadOnlyList<string>? Tags, ThingDetails? Details);

public sealed record ThingDetails(string? Note);

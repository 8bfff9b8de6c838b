using CpPlatform.Dashboard.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CpPlatform.Dashboard.Api;

/// <summary>
/// <c>/api/resources</c> (state, health, PID, URLs, uptime, restarts, masked environment), commands on a resource,
/// and its console output: live tail, search and download.
/// </summary>
public static class ResourcesApi
{
    private const int MaxSearchMatches = 1_000;

    public static IEndpointRouteBuilder MapResourcesApi(this IEndpointRouteBuilder endpoints, IResourceCatalog catalog)
    {
        var resources = endpoints.MapGroup("/api/resources");

        resources.MapGet("/", async (CancellationToken cancellationToken) => TypedResults.Ok(await catalog.ListAsync(cancellationToken)));

        resources.MapPost("/{name}/{command}", async Task<Results<Accepted, NotFound, ProblemHttpResult>> (
            string name, string command, CancellationToken cancellationToken) =>
        {
            if (!Enum.TryParse<ResourceCommand>(command, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return TelemetryApi.Invalid("command", "start, stop or restart");
            }
            return await catalog.RunAsync(name, parsed, cancellationToken) switch
            {
                CommandOutcome.Done => TypedResults.Accepted($"/api/resources"),
                CommandOutcome.UnknownResource => TypedResults.NotFound(),
                _ => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"{name} cannot {command.ToLowerInvariant()} from the dashboard",
                    detail: "Only projects (services and the gateway) are started, stopped and restarted from here."),
            };
        });

        resources.MapGet("/{name}/console", Results<Ok<IReadOnlyList<ConsoleLine>>, NotFound> (string name, long? after) =>
            catalog.ConsoleLines(name, after ?? 0) is { } lines ? TypedResults.Ok(lines) : TypedResults.NotFound());

        resources.MapGet("/{name}/console/search", async Task<Results<Ok<List<string>>, NotFound, ProblemHttpResult>> (
            string name, string? q, CancellationToken cancellationToken) =>
        {
            if (TelemetryApi.Blank(q) is not { } text)
            {
                return TelemetryApi.Invalid("q", "the text to look for");
            }
            if (catalog.ConsoleLogFile(name) is not { } file || !File.Exists(file))
            {
                return TypedResults.NotFound();
            }
            var matches = new Queue<string>();
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Contains(text, StringComparison.OrdinalIgnoreCase))
                {
                    matches.Enqueue(line);
                    if (matches.Count > MaxSearchMatches)
                    {
                        matches.Dequeue();
                    }
                }
            }
            return TypedResults.Ok(matches.ToList());
        });

        resources.MapGet("/{name}/console/download", Results<FileStreamHttpResult, NotFound> (string name) =>
            catalog.ConsoleLogFile(name) is { } file && File.Exists(file)
                ? TypedResults.File(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite), "text/plain; charset=utf-8", $"{name}.log")
                : TypedResults.NotFound());
        return endpoints;
    }
}

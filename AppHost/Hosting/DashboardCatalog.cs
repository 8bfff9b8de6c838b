using CpPlatform.Dashboard.Resources;

namespace CpPlatform.AppHost.Hosting;

/// <summary>The AppHost's resources as the dashboard sees them, and the operators' commands on projects.</summary>
internal sealed class DashboardCatalog(AppHostContext context, IReadOnlyList<Resource> resources) : IResourceCatalog
{
    private static readonly IReadOnlyList<ResourceCommand> ProjectCommands = [ResourceCommand.Start, ResourceCommand.Stop, ResourceCommand.Restart];

    public async Task<IReadOnlyList<ResourceView>> ListAsync(CancellationToken cancellationToken) =>
        await Task.WhenAll(resources.Select(resource => ViewAsync(resource, cancellationToken)));

    public Task<CommandOutcome> RunAsync(string resource, ResourceCommand command, CancellationToken cancellationToken)
    {
        var target = resources.FirstOrDefault(candidate => candidate.Name.Equals(resource, StringComparison.OrdinalIgnoreCase));
        if (target is not ProjectResource project)
        {
            return Task.FromResult(target is null ? CommandOutcome.UnknownResource : CommandOutcome.NotSupported);
        }
        // Accepted now, carried out in the background: a restart waits for /health, and the page shows the states.
        _ = command switch
        {
            ResourceCommand.Stop => project.StopByOperatorAsync(),
            ResourceCommand.Restart => project.RestartByOperatorAsync(),
            _ => project.StartByOperatorAsync(),
        };
        return Task.FromResult(CommandOutcome.Done);
    }

    public IReadOnlyList<ConsoleLine>? ConsoleLines(string resource, long afterSequence) =>
        Find(resource) is null
            ? null
            : context.Logs.For(resource).After(afterSequence).Select(line => new ConsoleLine(line.Sequence, line.Time, line.Text)).ToList();

    public string? ConsoleLogFile(string resource) => Find(resource) is null ? null : context.Logs.For(resource).Path;

    private Resource? Find(string name) => resources.FirstOrDefault(resource => resource.Name == name);

    private static async Task<ResourceView> ViewAsync(Resource resource, CancellationToken cancellationToken)
    {
        var (type, health, environment) = resource switch
        {
            ProjectResource project => ("project", await project.ProbeHealthAsync(cancellationToken),
                project.Environment.Select(pair => (pair.Key, pair.Value())).Append(("ASPNETCORE_URLS", project.Url ?? ""))),
            ServerResource server => (server.IsExternal ? "external server" : "server", server.State == ResourceState.Running ? "Healthy" : "",
                [($"ConnectionStrings__{server.Name}", server.ConnectionString)]),
            _ => ("resource", "", Enumerable.Empty<(string, string)>()),
        };
        return new ResourceView(
            resource.Name, type, resource.State.ToString(), health, resource.Pid,
            resource.Url is { } url ? [url] : [],
            resource.StartedAt, resource.RestartCount,
            environment.OrderBy(variable => variable.Item1, StringComparer.Ordinal).Select(variable => SecretMasking.Show(variable.Item1, variable.Item2)).ToList(),
            resource is ProjectResource ? ProjectCommands : []);
    }
}

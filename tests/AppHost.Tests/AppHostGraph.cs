using Microsoft.Extensions.Logging.Abstractions;

namespace CpPlatform.AppHost.Tests;

/// <summary>
/// The AppHost's resource graph as Aspire builds it from <c>AppHost/Program.cs</c>, without starting anything. Each
/// graph gets a data folder of its own; the test servers' connection strings in the environment are cleared, so the
/// graph is the one an operator gets unless a test names external servers itself.
/// </summary>
internal sealed class AppHostGraph : IAsyncDisposable
{
    private AppHostGraph(IDistributedApplicationTestingBuilder builder, string dataDirectory)
    {
        Builder = builder;
        DataDirectory = dataDirectory;
    }

    public IDistributedApplicationTestingBuilder Builder { get; }
    public string DataDirectory { get; }

    public static async Task<AppHostGraph> CreateAsync(string? dataDirectory = null, params string[] settings)
    {
        dataDirectory ??= Directory.CreateTempSubdirectory("cp-apphost-graph-").FullName;
        string[] args =
        [
            $"CP_DATA_DIR={dataDirectory}",
            "ConnectionStrings:postgres=",
            "ConnectionStrings:messaging=",
            "ConnectionStrings:cache=",
            .. settings,
        ];
        return new AppHostGraph(await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(args), dataDirectory);
    }

    public IResource Resource(string name) => Assert.Single(Builder.Resources, resource => resource.Name == name);

    public T Resource<T>(string name) where T : IResource => Assert.IsType<T>(Resource(name), exactMatch: false);

    /// <summary>The environment a project is given, as Aspire writes it into a deployment manifest.</summary>
    public async Task<Dictionary<string, string>> EnvironmentAsync(string name) =>
        (await ExecutionConfigurationAsync(name)).EnvironmentVariables.ToDictionary();

    /// <summary>The arguments a resource is started with, as Aspire writes them into a deployment manifest.</summary>
    public async Task<string[]> ArgumentsAsync(string name) => (await ExecutionConfigurationAsync(name)).Arguments.Select(argument => argument.Value).ToArray();

    private Task<IExecutionConfigurationResult> ExecutionConfigurationAsync(string name) =>
        ExecutionConfigurationBuilder.Create(Resource(name))
            .WithEnvironmentVariablesConfig()
            .WithArgumentsConfig()
            .BuildAsync(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Publish), NullLogger.Instance, CancellationToken.None);

    public ValueTask DisposeAsync()
    {
        Builder.Dispose();
        Directory.Delete(DataDirectory, recursive: true);
        return ValueTask.CompletedTask;
    }
}

using Microsoft.Extensions.Configuration;

namespace CpPlatform.AppHost.Hosting;

/// <summary>What every resource needs to start: where the repository and the data folder are, settings and logs.</summary>
public sealed class AppHostContext(string repositoryRoot, string dataDirectory, IConfiguration configuration, ResourceLogs logs)
{
    public string RepositoryRoot { get; } = repositoryRoot;

    /// <summary><c>CP_DATA_DIR</c>, default <c>.cpdata/</c> at the repository root: server data, logs, keys, credentials.</summary>
    public string DataDirectory { get; } = dataDirectory;
    public IConfiguration Configuration { get; } = configuration;
    public ResourceLogs Logs { get; } = logs;

    /// <summary>The build configuration the AppHost itself was built in; projects are started from the same.</summary>
    public string BuildConfiguration { get; } =
        typeof(AppHostContext).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().FirstOrDefault()?.Configuration ?? "Debug";
}

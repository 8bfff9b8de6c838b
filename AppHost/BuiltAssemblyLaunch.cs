using System.Reflection;

namespace CpPlatform.AppHost;

/// <summary>
/// Starts a project from the assembly its build already produced (<c>dotnet bin/&lt;configuration&gt;/…/X.dll</c>)
/// instead of through Aspire's default <c>dotnet run --project</c>. The AppHost's own build builds every project it
/// references, so the assembly is there; the <c>dotnet run</c> wrapper only re-evaluated the project with MSBuild and
/// stayed resident beside the service: on this 2-core machine about 5 s of start-up and 130 MB for each project.
/// Without a built assembly (a project never built in this configuration) the default launch is kept.
/// With <c>CP_READY_TO_RUN=1</c> (set by the run command right after <c>eng/publish-ready-to-run.sh</c>) the project's
/// ReadyToRun publish beside the build (<c>ready-to-run/</c>) is started instead: the same assembly with its code
/// precompiled, so a start-up barely uses the JIT. It is only as current as its last publish, hence the explicit switch.
/// </summary>
public static class BuiltAssemblyLaunch
{
    public const string ReadyToRunSetting = "CP_READY_TO_RUN";
    public const string ReadyToRunFolder = "ready-to-run";

    /// <summary>The configuration the AppHost itself was built in; the projects it references were built in it too.</summary>
    private static readonly string Configuration =
        typeof(BuiltAssemblyLaunch).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static IResourceBuilder<ProjectResource> FromBuiltAssembly(this IResourceBuilder<ProjectResource> project)
    {
        var projectDirectory = Path.GetDirectoryName(project.Resource.GetProjectMetadata().ProjectPath)!;
        if (EntryAssembly(projectDirectory, Configuration) is not { } assembly)
        {
            return project;
        }
        if (project.ApplicationBuilder.Configuration[ReadyToRunSetting] is "1" or "true")
        {
            assembly = ReadyToRunAssembly(assembly);
        }
        return project
            .WithAnnotation(new ExecutableAnnotation { Command = "dotnet", WorkingDirectory = projectDirectory }, ResourceAnnotationMutationBehavior.Replace)
            .WithArgs(assembly);
    }

    /// <summary>The same assembly from the ReadyToRun publish beside the build output; a project not published fails the start, naming the command.</summary>
    internal static string ReadyToRunAssembly(string builtAssembly)
    {
        var published = Path.Combine(Path.GetDirectoryName(builtAssembly)!, ReadyToRunFolder, Path.GetFileName(builtAssembly));
        return File.Exists(published)
            ? published
            : throw new InvalidOperationException($"{ReadyToRunSetting}=1 but {published} was never published: run eng/publish-ready-to-run.sh first.");
    }

    /// <summary>
    /// The application's assembly: the one beside the only <c>*.runtimeconfig.json</c> of the build output
    /// (<c>bin/&lt;configuration&gt;/&lt;framework&gt;/</c>). Runtime-specific outputs below it (<c>linux-x64/</c>, left
    /// by a <c>dotnet publish -r</c>) are not the build's and are not looked at.
    /// </summary>
    internal static string? EntryAssembly(string projectDirectory, string configuration)
    {
        var output = Path.Combine(projectDirectory, "bin", configuration);
        if (!Directory.Exists(output))
        {
            return null;
        }
        var runtimeConfigs = Directory.GetDirectories(output)
            .SelectMany(framework => Directory.GetFiles(framework, "*.runtimeconfig.json", SearchOption.TopDirectoryOnly))
            .ToArray();
        if (runtimeConfigs.Length != 1)
        {
            return null;
        }
        var assembly = runtimeConfigs[0][..^".runtimeconfig.json".Length] + ".dll";
        return File.Exists(assembly) ? assembly : null;
    }
}

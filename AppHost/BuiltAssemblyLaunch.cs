using System.Reflection;

namespace CpPlatform.AppHost;

/// <summary>
/// Starts a project from the assembly its build already produced (<c>dotnet bin/&lt;configuration&gt;/…/X.dll</c>)
/// instead of through Aspire's default <c>dotnet run --project</c>. The AppHost's own build builds every project it
/// references, so the assembly is there; the <c>dotnet run</c> wrapper only re-evaluated the project with MSBuild and
/// stayed resident beside the service: on this 2-core machine about 5 s of start-up and 130 MB for each project.
/// Without a built assembly (a project never built in this configuration) the default launch is kept.
/// </summary>
public static class BuiltAssemblyLaunch
{
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
        return project
            .WithAnnotation(new ExecutableAnnotation { Command = "dotnet", WorkingDirectory = projectDirectory }, ResourceAnnotationMutationBehavior.Replace)
            .WithArgs(assembly);
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

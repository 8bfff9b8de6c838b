namespace CpPlatform.AppHost.Tests;

public class BuiltAssemblyLaunchTests
{
    [Fact]
    public void A_runtime_specific_publish_beside_the_build_does_not_hide_the_built_assembly()
    {
        var project = Directory.CreateTempSubdirectory("cp-built-assembly-").FullName;
        try
        {
            var build = Directory.CreateDirectory(Path.Combine(project, "bin", "Release", "net10.0")).FullName;
            var published = Directory.CreateDirectory(Path.Combine(build, "linux-x64")).FullName;
            foreach (var folder in new[] { build, published })
            {
                File.WriteAllText(Path.Combine(folder, "Service.runtimeconfig.json"), "{}");
                File.WriteAllText(Path.Combine(folder, "Service.dll"), "");
            }

            Assert.Equal(Path.Combine(build, "Service.dll"), BuiltAssemblyLaunch.EntryAssembly(project, "Release"));
            Assert.Null(BuiltAssemblyLaunch.EntryAssembly(project, "Debug"));
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }
}

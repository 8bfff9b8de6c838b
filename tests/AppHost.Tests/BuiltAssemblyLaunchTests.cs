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

    [Fact]
    public void With_ready_to_run_the_same_assembly_is_started_from_its_publish_and_a_missing_publish_names_the_command()
    {
        var project = Directory.CreateTempSubdirectory("cp-ready-to-run-").FullName;
        try
        {
            var build = Directory.CreateDirectory(Path.Combine(project, "bin", "Release", "net10.0")).FullName;
            var built = Path.Combine(build, "Service.dll");
            File.WriteAllText(Path.Combine(build, "Service.runtimeconfig.json"), "{}");
            File.WriteAllText(built, "");

            var missing = Assert.Throws<InvalidOperationException>(() => BuiltAssemblyLaunch.ReadyToRunAssembly(built));
            Assert.Contains("eng/publish-ready-to-run.sh", missing.Message);

            var published = Directory.CreateDirectory(Path.Combine(build, BuiltAssemblyLaunch.ReadyToRunFolder)).FullName;
            File.WriteAllText(Path.Combine(published, "Service.runtimeconfig.json"), "{}");
            File.WriteAllText(Path.Combine(published, "Service.dll"), "");

            Assert.Equal(Path.Combine(published, "Service.dll"), BuiltAssemblyLaunch.ReadyToRunAssembly(built));
            Assert.Equal(built, BuiltAssemblyLaunch.EntryAssembly(project, "Release"));
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }
}

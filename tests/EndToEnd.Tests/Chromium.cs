using System.Diagnostics;

namespace CpPlatform.EndToEnd.Tests;

/// <summary>
/// Debian's chromium for browser tests (Playwright's own browser downloads cannot work here). Installed with apt
/// when missing, as the project's scripts install its servers; a test fails with the command when that is impossible.
/// </summary>
internal static class Chromium
{
    private static readonly Lazy<string> Installed = new(Install);

    public static string Path => Installed.Value;

    private static string Install()
    {
        const string executable = "/usr/bin/chromium";
        if (File.Exists(executable))
        {
            return executable;
        }
        var apt = Process.Start(new ProcessStartInfo("apt-get", ["install", "-y", "--no-install-recommends", "chromium"])
        {
            Environment = { ["DEBIAN_FRONTEND"] = "noninteractive" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = apt.StandardOutput.ReadToEndAsync();
        var errors = apt.StandardError.ReadToEnd();
        apt.WaitForExit();
        Assert.True(File.Exists(executable),
            $"{executable} is missing and apt-get could not install it (exit {apt.ExitCode}): {errors}{output.Result[^Math.Min(output.Result.Length, 2000)..]}\n" +
            "Run as root: apt-get update && apt-get install -y chromium");
        return executable;
    }
}

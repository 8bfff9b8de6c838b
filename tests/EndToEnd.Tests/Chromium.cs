using System.Diagnostics;

namespace CpPlatform.EndToEnd.Tests;

/// <summary>
/// Debian's chromium for browser tests (Playwright's own browser downloads cannot work here). Installed with apt
/// when missing, as the project's scripts install its servers; a test fails with the command when that is impossible.
/// </summary>
internal static class Chromium
{
    private const string Executable = "/usr/bin/chromium";
    private static readonly Lazy<string> Installed = new(Install);

    public static string Path => Installed.Value;

    private static string Install()
    {
        if (File.Exists(Executable))
        {
            return Executable;
        }
        // As eng/servers.sh does: a failed install is retried once after refreshing the package lists.
        var output = Apt("install", "-y", "--no-install-recommends", "chromium");
        if (!File.Exists(Executable))
        {
            output += Apt("update") + Apt("install", "-y", "--no-install-recommends", "chromium");
        }
        Assert.True(File.Exists(Executable),
            $"{Executable} is missing and apt-get could not install it:\n{output[^Math.Min(output.Length, 3000)..]}\n" +
            "Run as root: apt-get update && apt-get install -y chromium");
        return Executable;
    }

    private static string Apt(params string[] arguments)
    {
        using var apt = Process.Start(new ProcessStartInfo("apt-get", arguments)
        {
            Environment = { ["DEBIAN_FRONTEND"] = "noninteractive" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = apt.StandardOutput.ReadToEndAsync();
        var errors = apt.StandardError.ReadToEnd();
        apt.WaitForExit();
        return $"apt-get {string.Join(' ', arguments)} (exit {apt.ExitCode})\n{output.Result}{errors}";
    }
}

using System.Diagnostics;
using Xunit;

namespace CpPlatform.TestSupport;

/// <summary>
/// Debian's chromium for browser tests (Playwright's own browser downloads cannot work here). Installed with apt
/// when missing, as the project's scripts install its servers; a test fails with the command when that is impossible.
/// Test projects launch it with Playwright (their own reference: its driver is too large to ride along with every
/// project that uses TestSupport) as <see cref="Path"/> with <see cref="Arguments"/>.
/// </summary>
public static class Chromium
{
    private const string Executable = "/usr/bin/chromium";
    private static readonly Lazy<string> Installed = new(Install);

    public static string Path => Installed.Value;

    /// <summary>
    /// As root without a sandbox; without the background-networking flags chromium keeps calling out to a closed network.
    /// </summary>
    public static IReadOnlyList<string> Arguments { get; } =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

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

using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CpPlatform.AppHost.Hosting;

/// <summary>Starts programs with their output going to a resource's log, and ends them politely, then firmly.</summary>
internal static class ChildProcess
{
    private const int SigTerm = 15;

    public static Process Start(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment, ResourceLog log)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) log.Write(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) log.Write(line.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs a command to its end; its output goes to <paramref name="log"/>. Returns the exit code.</summary>
    public static async Task<int> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment, ResourceLog log, TimeSpan timeout)
    {
        using var process = Start(fileName, arguments, workingDirectory, environment, log);
        using var timeoutSource = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            log.Write($"{fileName} did not finish within {timeout}; killed.");
            return -1;
        }
        return process.ExitCode;
    }

    /// <summary>SIGTERM (ASP.NET Core shuts down gracefully on it), then a kill of the whole tree after <paramref name="grace"/>.</summary>
    public static async Task StopAsync(Process process, TimeSpan grace)
    {
        if (process.HasExited)
        {
            return;
        }
        _ = Kill(process.Id, SigTerm);
        using var graceSource = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(graceSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}

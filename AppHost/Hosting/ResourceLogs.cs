using System.Collections.Concurrent;
using System.Text.Json;

namespace CpPlatform.AppHost.Hosting;

/// <summary>
/// Every resource's console output: printed with the resource's name as prefix, appended to
/// <c>{data}/logs/{resource}.log</c>, and the recent lines kept in memory for failure reports.
/// </summary>
public sealed class ResourceLogs(string directory, bool echoToConsole) : IDisposable
{
    /// <summary>Enough for a failure report and for the dashboard's live tail; the file keeps everything.</summary>
    internal const int KeptLines = 2_000;
    private static readonly ConsoleColor[] Colors =
        [ConsoleColor.Cyan, ConsoleColor.Green, ConsoleColor.Yellow, ConsoleColor.Magenta, ConsoleColor.Blue, ConsoleColor.DarkCyan];

    private readonly ConcurrentDictionary<string, ResourceLog> _logs = new();
    private readonly object _console = new();

    public string Directory { get; } = directory;

    public ResourceLog For(string resource) => _logs.GetOrAdd(resource, name =>
    {
        System.IO.Directory.CreateDirectory(Directory);
        return new ResourceLog(name, System.IO.Path.Combine(Directory, $"{name}.log"), Colors[_logs.Count % Colors.Length], this);
    });

    /// <summary>A line of the AppHost's own, not from a resource.</summary>
    public void Host(string message)
    {
        lock (_console)
        {
            Console.WriteLine(message);
        }
    }

    internal void Echo(ResourceLog log, string line)
    {
        if (!echoToConsole)
        {
            return;
        }
        lock (_console)
        {
            var previous = Console.ForegroundColor;
            Console.ForegroundColor = log.Color;
            Console.Write($"[{log.Name}] ");
            Console.ForegroundColor = previous;
            Console.WriteLine(Readable(line));
        }
    }

    /// <summary>Services log JSON (for machines); the console shows its level, category and message (for people).</summary>
    private static string Readable(string line)
    {
        if (!line.StartsWith('{'))
        {
            return line;
        }
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.TryGetProperty("LogLevel", out var level) && root.TryGetProperty("Message", out var message))
            {
                var category = root.TryGetProperty("Category", out var c) ? c.GetString() : "";
                var exception = root.TryGetProperty("Exception", out var e) ? $"\n{e.GetString()}" : "";
                return $"{level.GetString()?.ToLowerInvariant()[..4]}: {category}: {message.GetString()}{exception}";
            }
        }
        catch (JsonException)
        {
        }
        return line;
    }

    public void Dispose()
    {
        foreach (var log in _logs.Values)
        {
            log.Dispose();
        }
    }
}

public sealed class ResourceLog : IDisposable
{
    private readonly ResourceLogs _owner;
    private readonly StreamWriter _file;
    private readonly Queue<LogLine> _recent = new();
    private long _sequence;

    internal ResourceLog(string name, string path, ConsoleColor color, ResourceLogs owner)
    {
        Name = name;
        Path = path;
        Color = color;
        _owner = owner;
        _file = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
    }

    public string Name { get; }
    public string Path { get; }
    internal ConsoleColor Color { get; }

    public void Write(string line)
    {
        lock (_recent)
        {
            _file.WriteLine(line);
            _recent.Enqueue(new LogLine(++_sequence, DateTimeOffset.UtcNow, line));
            while (_recent.Count > ResourceLogs.KeptLines)
            {
                _recent.Dequeue();
            }
        }
        _owner.Echo(this, line);
    }

    public IReadOnlyList<string> Tail(int lines)
    {
        lock (_recent)
        {
            return _recent.Skip(Math.Max(0, _recent.Count - lines)).Select(line => line.Text).ToList();
        }
    }

    /// <summary>The kept lines numbered after <paramref name="sequence"/>: a live tail asks again with the last number it saw.</summary>
    public IReadOnlyList<LogLine> After(long sequence)
    {
        lock (_recent)
        {
            return _recent.Where(line => line.Sequence > sequence).ToList();
        }
    }

    public void Dispose() => _file.Dispose();
}

/// <summary>A console line, numbered in the order the resource wrote it.</summary>
public sealed record LogLine(long Sequence, DateTimeOffset Time, string Text);

using System.Text.Json;
using System.Threading.Channels;

namespace CpPlatform.Dashboard.Persistence;

/// <summary>
/// One kind of telemetry on disk as JSON lines, appended in the background as it arrives. Once the file holds about
/// twice the cap it is rewritten from what memory keeps, so it never grows without bound. A line cut short by a crash
/// is skipped on load.
/// </summary>
public sealed class TelemetryJournal<T>(string path) : IAsyncDisposable
{
    private readonly Channel<IReadOnlyList<T>> _pending = Channel.CreateUnbounded<IReadOnlyList<T>>(new UnboundedChannelOptions { SingleReader = true });
    private Task _writer = Task.CompletedTask;
    private Func<T[]> _snapshot = () => [];
    private int _capacity;
    private long _linesInFile;

    public string Path { get; } = path;

    internal void Start(Func<T[]> snapshot, int capacity)
    {
        _snapshot = snapshot;
        _capacity = capacity;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        _writer = Task.Run(WriteAsync);
    }

    public void Append(IReadOnlyList<T> items) => _pending.Writer.TryWrite(items);

    /// <summary>Forgets batches not yet written, when a compaction writes everything memory holds instead.</summary>
    internal void DiscardPending()
    {
        while (_pending.Reader.TryRead(out _))
        {
        }
    }

    /// <summary>The newest <paramref name="capacity"/> items of the file, oldest first.</summary>
    public async Task<IReadOnlyList<T>> LoadAsync(int capacity, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return [];
        }
        var kept = new Queue<T>();
        long lines = 0;
        await foreach (var line in File.ReadLinesAsync(Path, cancellationToken))
        {
            lines++;
            if (TryRead(line) is { } item)
            {
                kept.Enqueue(item);
                if (kept.Count > capacity)
                {
                    kept.Dequeue();
                }
            }
        }
        Interlocked.Add(ref _linesInFile, lines);
        return kept.ToList();
    }

    private async Task WriteAsync()
    {
        while (await _pending.Reader.WaitToReadAsync())
        {
            try
            {
                await AppendPendingAsync();
                if (Interlocked.Read(ref _linesInFile) > 2L * _capacity)
                {
                    await CompactAsync();
                }
            }
            catch (IOException)
            {
                // A full or unwritable disk costs the history, never the dashboard: memory keeps what it has.
                DiscardPending();
            }
        }
    }

    private async Task AppendPendingAsync()
    {
        await using var file = new StreamWriter(new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read));
        while (_pending.Reader.TryRead(out var batch))
        {
            foreach (var item in batch)
            {
                await file.WriteLineAsync(JsonSerializer.Serialize(item, TelemetryJson.Options));
            }
            Interlocked.Add(ref _linesInFile, batch.Count);
        }
    }

    private async Task CompactAsync()
    {
        var items = _snapshot();
        var temporary = Path + ".tmp";
        await using (var file = new StreamWriter(temporary))
        {
            foreach (var item in items)
            {
                await file.WriteLineAsync(JsonSerializer.Serialize(item, TelemetryJson.Options));
            }
        }
        File.Move(temporary, Path, overwrite: true);
        Interlocked.Exchange(ref _linesInFile, items.Length);
    }

    private static T? TryRead(string line)
    {
        try
        {
            return line.Length == 0 ? default : JsonSerializer.Deserialize<T>(line, TelemetryJson.Options);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    /// <summary>Writes what is still pending before returning.</summary>
    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _writer;
    }
}

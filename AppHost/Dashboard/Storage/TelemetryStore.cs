using CpPlatform.Dashboard.Persistence;

namespace CpPlatform.Dashboard.Storage;

/// <summary>
/// One kind of telemetry kept in memory up to a cap (oldest dropped first) and, when a journal is given, written to
/// disk as it arrives so the next AppHost run starts with the recent history.
/// </summary>
public class TelemetryStore<T> : IAsyncDisposable
{
    private readonly BoundedBuffer<T> _buffer;
    private readonly TelemetryJournal<T>? _journal;
    private readonly Lock _lock = new();

    public TelemetryStore(int capacity, TelemetryJournal<T>? journal)
    {
        _buffer = new BoundedBuffer<T>(capacity);
        _journal = journal;
        _journal?.Start(SnapshotForCompaction, capacity);
    }

    public int Capacity => _buffer.Capacity;
    public int Count => _buffer.Count;

    public void Add(IReadOnlyList<T> items)
    {
        if (items.Count == 0)
        {
            return;
        }
        lock (_lock)
        {
            Keep(items);
            _journal?.Append(items);
        }
    }

    /// <summary>Loads what the journal holds (the newest up to the cap), without writing it again.</summary>
    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        if (_journal is null)
        {
            return;
        }
        var items = await _journal.LoadAsync(_buffer.Capacity, cancellationToken);
        lock (_lock)
        {
            Keep(items);
        }
    }

    public T[] Snapshot() => _buffer.Snapshot();

    /// <summary>What memory holds, taken while nothing is added: what still waits to be appended is in it already.</summary>
    private T[] SnapshotForCompaction()
    {
        lock (_lock)
        {
            _journal!.DiscardPending();
            return _buffer.Snapshot();
        }
    }

    /// <summary>Called under the store's lock, so derived indexes stay in step with the buffer.</summary>
    protected virtual void OnKept(IReadOnlyList<T> added, IReadOnlyList<T> dropped)
    {
    }

    private void Keep(IReadOnlyList<T> items) => OnKept(items, _buffer.Add(items));

    public async ValueTask DisposeAsync()
    {
        if (_journal is not null)
        {
            await _journal.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}

namespace CpPlatform.Dashboard.Storage;

/// <summary>Items in arrival order, at most <see cref="Capacity"/>: adding past the cap drops the oldest first.</summary>
public sealed class BoundedBuffer<T>(int capacity)
{
    private readonly Queue<T> _items = new();
    private readonly Lock _lock = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), "The cap must be positive.");

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>Adds the items; returns those dropped to stay within the cap (oldest first).</summary>
    public IReadOnlyList<T> Add(IEnumerable<T> items)
    {
        List<T>? dropped = null;
        lock (_lock)
        {
            foreach (var item in items)
            {
                _items.Enqueue(item);
                if (_items.Count > Capacity)
                {
                    (dropped ??= []).Add(_items.Dequeue());
                }
            }
        }
        return dropped ?? (IReadOnlyList<T>)[];
    }

    /// <summary>A copy, oldest first: queries never hold the lock while they filter.</summary>
    public T[] Snapshot()
    {
        lock (_lock)
        {
            return _items.ToArray();
        }
    }
}

using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CpPlatform.TestSupport;

/// <summary>
/// Every query a service's DbContexts ran and how many rows it read (registered as an <see cref="IInterceptor"/>), so
/// a test can tell a figure counted in the database from one counted after loading every row.
/// </summary>
public sealed class SqlReads : DbCommandInterceptor
{
    private readonly ConcurrentQueue<SqlRead> _reads = new();

    public IReadOnlyList<SqlRead> All => [.. _reads];

    public void Clear() => _reads.Clear();

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        _reads.Enqueue(new SqlRead(command.CommandText, eventData.ReadCount));
        return result;
    }
}

/// <param name="ReadCalls">How often the reader was asked for a row: one per row read, plus the call that found the end when it was read through.</param>
public sealed record SqlRead(string Sql, int ReadCalls);

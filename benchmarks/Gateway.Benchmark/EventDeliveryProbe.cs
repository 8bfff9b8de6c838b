using Npgsql;

namespace CpPlatform.Gateway.Benchmark;

/// <summary>When an event was written, relayed and consumed; the last two are null until it happened.</summary>
internal sealed record EventTiming(Guid MessageId, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset? ConsumedAt);

/// <summary>
/// Follows EnterpriseRegistered events from the enterprises service's outbox to financing's inbox, reading both
/// databases as the services do (both timestamps come from this machine's clock).
/// </summary>
internal sealed class EventDeliveryProbe(NpgsqlDataSource enterprises, NpgsqlDataSource financing) : IAsyncDisposable
{
    private const string RegisteredType = "CpPlatform.Contracts.Enterprises.EnterpriseRegistered, %";
    private const string FinancingConsumer = "EnterpriseRegisteredConsumer";

    /// <summary>From the connection strings eng/bench.sh exports for each service's database.</summary>
    public static EventDeliveryProbe FromEnvironment() => new(DataSource("enterprises"), DataSource("financing"));

    /// <summary>
    /// The events of every enterprise registered with a tax id starting with <paramref name="taxIdPrefix"/>, polled
    /// until financing consumed them all or <paramref name="grace"/> has passed.
    /// </summary>
    public async Task<IReadOnlyList<EventTiming>> AwaitDeliveryAsync(string taxIdPrefix, TimeSpan grace)
    {
        var deadline = DateTimeOffset.UtcNow + grace;
        while (true)
        {
            var events = await ReadAsync(taxIdPrefix);
            if (events.All(timing => timing.ConsumedAt is not null) || DateTimeOffset.UtcNow >= deadline)
            {
                return events;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    private async Task<IReadOnlyList<EventTiming>> ReadAsync(string taxIdPrefix)
    {
        var written = new List<(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset? SentAt)>();
        await using (var outbox = enterprises.CreateCommand(
            "SELECT id, created_at, sent_at FROM outbox_messages WHERE message_type LIKE $1 AND body->'enterprise'->>'taxId' LIKE $2"))
        {
            outbox.Parameters.AddWithValue(RegisteredType);
            outbox.Parameters.AddWithValue(taxIdPrefix + "%");
            await using var reader = await outbox.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                written.Add((reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1),
                    reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2)));
            }
        }

        var consumed = new Dictionary<Guid, DateTimeOffset>();
        await using (var inbox = financing.CreateCommand(
            "SELECT message_id, processed_at FROM inbox_messages WHERE consumer = $1 AND message_id = ANY($2)"))
        {
            inbox.Parameters.AddWithValue(FinancingConsumer);
            inbox.Parameters.AddWithValue(written.Select(row => row.Id).ToArray());
            await using var reader = await inbox.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                consumed[reader.GetGuid(0)] = reader.GetFieldValue<DateTimeOffset>(1);
            }
        }
        return written.Select(row => new EventTiming(row.Id, row.CreatedAt, row.SentAt, consumed.TryGetValue(row.Id, out var at) ? at : null)).ToList();
    }

    private static NpgsqlDataSource DataSource(string service) => NpgsqlDataSource.Create(
        Environment.GetEnvironmentVariable($"ConnectionStrings__{service}")
        ?? throw new InvalidOperationException($"ConnectionStrings__{service} is not set: run the benchmark with eng/bench.sh."));

    public async ValueTask DisposeAsync()
    {
        await enterprises.DisposeAsync();
        await financing.DisposeAsync();
    }
}

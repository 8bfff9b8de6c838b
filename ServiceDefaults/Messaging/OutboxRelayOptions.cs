namespace CpPlatform.ServiceDefaults.Messaging;

/// <summary>Tuning of the outbox relay (configuration section <c>Outbox</c>).</summary>
public sealed class OutboxRelayOptions
{
    public const string Section = "Outbox";

    public int BatchSize { get; set; } = 100;

    /// <summary>How often the relay looks for rows other instances committed (their commits do not wake this one).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one publish may wait for the broker before the batch is left for a later try.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many times a row that cannot be read (unknown type, unreadable body) is tried, with backoff, before it is
    /// set aside so the events after it flow again. A broker that is away never counts towards it.
    /// </summary>
    public int ReadAttemptsBeforeSetAside { get; set; } = 5;
}

namespace CpPlatform.ServiceDefaults.Messaging;

/// <summary>How long handled messages are kept before they are deleted (configuration section <c>MessageRetention</c>).</summary>
public sealed class MessageRetentionOptions
{
    public const string Section = "MessageRetention";

    /// <summary>
    /// Published outbox rows are kept this long, for operators following an event, then deleted. Unsent rows and rows
    /// set aside are never deleted: they are events other services have not received yet.
    /// </summary>
    public TimeSpan SentOutboxMessagesFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Inbox rows are kept this long. A row is what makes a redelivered message change nothing, so it has to outlive
    /// every redelivery of its message: retries take seconds, a copy the relay publishes again after a crash minutes.
    /// </summary>
    public TimeSpan InboxMessagesFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often old rows are looked for.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The first look after start-up waits this long, so it never competes with a starting platform.</summary>
    public TimeSpan FirstPassAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Rows deleted by one statement: each statement is its own short transaction, however many rows are due.</summary>
    public int BatchSize { get; set; } = 5_000;
}

using System.Text.Json;
using CpPlatform.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.ServiceDefaults.Messaging;

/// <summary>An integration event saved with the state change that caused it, waiting for the relay to publish it.</summary>
public sealed class OutboxMessage
{
    internal static readonly JsonSerializerOptions SerializerOptions = JsonSerializerOptions.Web;

    /// <summary>Also the published message id, so consumers can recognise a redelivery.</summary>
    public Guid Id { get; init; }
    public required string MessageType { get; init; }
    public required string Body { get; init; }

    /// <summary>The W3C trace context of the request that caused the event: the publish span continues that trace.</summary>
    public string? TraceParent { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Failed tries to publish the row, whatever the cause (the broker away, or the row itself).</summary>
    public int Attempts { get; set; }

    /// <summary>Tries that failed because the row itself could not be read (unknown type, unreadable body).</summary>
    public int ReadFailures { get; set; }

    public string? LastError { get; set; }

    /// <summary>
    /// When the relay gave up reading the row, so that later events stop waiting behind it. It is not published unless
    /// an operator clears this once the cause is fixed (one more failed read sets it aside again).
    /// </summary>
    public DateTimeOffset? SetAsideAt { get; set; }

    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    /// <summary>The event the row holds, read back as <see cref="ServiceDbContext.AddEvent{TEvent}"/> wrote it.</summary>
    /// <exception cref="UnreadableOutboxMessageException">The type is unknown to this process or the body is not one.</exception>
    internal (Type Type, object Event) ReadEvent()
    {
        try
        {
            var type = Type.GetType(MessageType, throwOnError: true)!;
            var integrationEvent = JsonSerializer.Deserialize(Body, type, SerializerOptions)
                ?? throw new JsonException($"The body is null, not a {type.Name}.");
            return (type, integrationEvent);
        }
        catch (Exception exception)
        {
            throw new UnreadableOutboxMessageException(Id, MessageType, exception);
        }
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(message => message.Id);
        builder.Property(message => message.Id).ValueGeneratedNever();
        builder.Property(message => message.MessageType).HasMaxLength(300);
        builder.Property(message => message.Body).HasColumnType("jsonb");
        builder.Property(message => message.TraceParent).HasMaxLength(100);
        builder.Property(message => message.LastError).HasMaxLength(2000);
        // The relay only ever looks for what is still unsent, oldest first; the health check counts what was set aside.
        builder.HasIndex(message => message.CreatedAt).HasFilter("sent_at IS NULL AND set_aside_at IS NULL");
        builder.HasIndex(message => message.SetAsideAt).HasFilter("set_aside_at IS NOT NULL");
    }
}

using System.Text.Json;
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
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
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
        // The relay only ever looks for what is still unsent, oldest first.
        builder.HasIndex(message => message.CreatedAt).HasFilter("sent_at IS NULL");
    }
}

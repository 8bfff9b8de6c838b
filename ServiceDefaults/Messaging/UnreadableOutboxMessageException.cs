namespace CpPlatform.ServiceDefaults.Messaging;

/// <summary>
/// An outbox row that cannot be turned back into its event. Unlike a broker failure, it is the row's own fault:
/// trying again only helps if a deployment brings the missing type.
/// </summary>
public sealed class UnreadableOutboxMessageException(Guid messageId, string messageType, Exception cause)
    : Exception($"Outbox message {messageId} cannot be read as {messageType}: {cause.Message}", cause);

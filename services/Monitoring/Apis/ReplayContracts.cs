using CpPlatform.Monitoring.Domain;

namespace CpPlatform.Monitoring.Apis;

public sealed record ReplayResponse(Guid Id, DateTimeOffset RequestedAt, string RequestedBy)
{
    public static ReplayResponse From(ActivityReplay replay) => new(replay.Id, replay.RequestedAt, replay.RequestedBy);
}

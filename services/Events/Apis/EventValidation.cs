using CpPlatform.Events.Domain;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.Events.Apis;

internal static class EventValidation
{
    /// <summary>An event is a plan: it starts at most 5 years after today at the center and lasts at most 31 days.</summary>
    public static ValidationErrors Validate(EventRequest request, CenterTime at)
    {
        var errors = new ValidationErrors();
        errors.Check(Text.IsPresent(request.Title, 200), "title", "Required, at most 200 characters.");
        errors.Check(request.Kind is not null, "kind", $"Required, one of: {KebabCase.AllowedValues<EventKind>()}.");
        errors.Check(request.Sectors is null || request.Sectors.Count <= 25 && request.Sectors.All(sector => Text.IsSlug(sector, 40)),
            "sectors", "Sector ids such as leather-tanning (kebab-case, at most 40 characters), at most 25.");
        errors.PlannedTime(request.StartsAt, "startsAt", at);
        errors.EndTime(request.StartsAt, request.EndsAt, "endsAt", "startsAt", Dates.LongestEvent);
        errors.Check(Text.IsAbsentOrFits(request.Venue, 300), "venue", "At most 300 characters.");
        errors.Check(request.OnlineLink is null || Text.IsWebAddress(request.OnlineLink) && request.OnlineLink.Trim().Length <= 500,
            "onlineLink", "An http or https address of at most 500 characters.");
        errors.Check(!string.IsNullOrWhiteSpace(request.Venue) || !string.IsNullOrWhiteSpace(request.OnlineLink), "venue", "A venue or an online link is required.");
        errors.Check(EventLimits.IsCapacity(request.Capacity), "capacity", FormattableString.Invariant($"Required, a whole number from {EventLimits.MinCapacity} to {EventLimits.MaxCapacity:N0}."));
        errors.Check(request.CoHosts is null || request.CoHosts.Count <= 20 && request.CoHosts.All(host => Text.IsPresent(host, 200)),
            "coHosts", "Organisation names of at most 200 characters, at most 20.");
        errors.Check(EventLimits.IsInvitationsSent(request.InvitationsSent), "invitationsSent", FormattableString.Invariant($"A whole number from 0 to {EventLimits.MaxInvitationsSent:N0}."));
        return errors;
    }

    /// <summary>Public unless said otherwise; sectors and co-hosts once each.</summary>
    public static EventDetails ToDetails(EventRequest request) => new(
        request.Title!.Trim(),
        request.Kind!.Value,
        (request.Sectors ?? []).Distinct(StringComparer.Ordinal).ToList(),
        request.StartsAt!.Value,
        request.EndsAt!.Value,
        Text.TrimmedOrNull(request.Venue),
        Text.TrimmedOrNull(request.OnlineLink),
        request.Capacity!.Value,
        (request.CoHosts ?? []).Select(host => host.Trim()).Distinct(StringComparer.Ordinal).ToList(),
        request.InvitationsSent ?? 0,
        request.IsPublic ?? true);
}

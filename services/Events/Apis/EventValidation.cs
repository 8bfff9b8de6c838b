using CpPlatform.Events.Domain;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.Events.Apis;

internal static class EventValidation
{
    /// <summary>Sector ids from the enterprises catalog (21 of them); a repeat is dropped, not refused.</summary>
    public static readonly CollectionRule Sectors = new(0, 25, "sectors");

    /// <summary>Organisations hosting the event with the center; a repeat is dropped, not refused.</summary>
    public static readonly CollectionRule CoHosts = new(0, 20, "co-hosts");

    /// <summary>An event is a plan: it starts at most 5 years after today at the center and lasts at most 31 days.</summary>
    public static ValidationErrors Validate(EventRequest request, CenterTime at)
    {
        var errors = new ValidationErrors();
        errors.Check(Text.IsPresent(request.Title, 200), "title", "Required, at most 200 characters.");
        errors.Check(request.Kind is not null, "kind", $"Required, one of: {KebabCase.AllowedValues<EventKind>()}.");
        errors.Collection(request.Sectors, "sectors", Sectors, sector => Text.IsSlug(sector, 40),
            "A sector id such as leather-tanning (kebab-case, at most 40 characters).", optional: true);
        errors.PlannedTime(request.StartsAt, "startsAt", at);
        errors.EndTime(request.StartsAt, request.EndsAt, "endsAt", "startsAt", Dates.LongestEvent);
        errors.Check(Text.IsAbsentOrFits(request.Venue, 300), "venue", "At most 300 characters.");
        errors.Check(request.OnlineLink is null || Text.IsWebAddress(request.OnlineLink) && request.OnlineLink.Trim().Length <= 500,
            "onlineLink", "An http or https address of at most 500 characters.");
        errors.Check(!string.IsNullOrWhiteSpace(request.Venue) || !string.IsNullOrWhiteSpace(request.OnlineLink), "venue", "A venue or an online link is required.");
        errors.Check(EventLimits.IsCapacity(request.Capacity), "capacity", FormattableString.Invariant($"Required, a whole number from {EventLimits.MinCapacity} to {EventLimits.MaxCapacity:N0}."));
        errors.Collection(request.CoHosts, "coHosts", CoHosts, host => Text.IsPresent(host, 200), "An organisation name of at most 200 characters.",
            optional: true);
        errors.Check(EventLimits.IsInvitationsSent(request.InvitationsSent), "invitationsSent", FormattableString.Invariant($"A whole number from 0 to {EventLimits.MaxInvitationsSent:N0}."));
        return errors;
    }

    /// <summary>Public unless said otherwise; sectors and co-hosts once each; times in UTC, as instants are stored, whatever offset they came with.</summary>
    public static EventDetails ToDetails(EventRequest request) => new(
        request.Title!.Trim(),
        request.Kind!.Value,
        (request.Sectors ?? []).Distinct(StringComparer.Ordinal).ToList(),
        request.StartsAt!.Value.ToUniversalTime(),
        request.EndsAt!.Value.ToUniversalTime(),
        Text.TrimmedOrNull(request.Venue),
        Text.TrimmedOrNull(request.OnlineLink),
        request.Capacity!.Value,
        (request.CoHosts ?? []).Select(host => host.Trim()).Distinct(StringComparer.Ordinal).ToList(),
        request.InvitationsSent ?? 0,
        request.IsPublic ?? true);
}

using CpPlatform.Events.Domain;

namespace CpPlatform.Events.Apis;

public sealed record BoardMemberRequest(
    string? Name, StakeholderCategory? Category, string? Organisation, DateOnly? TermStart, string? Email = null, DateOnly? TermEnd = null);

public sealed record BoardMemberResponse(
    Guid Id, string CenterId, string Name, string? Email, StakeholderCategory Category, string Organisation, DateOnly TermStart, DateOnly? TermEnd)
{
    public static BoardMemberResponse From(BoardMember m) => new(m.Id, m.CenterId, m.Name, m.Email, m.Category, m.Organisation, m.TermStart, m.TermEnd);
}

public sealed record BoardMeetingRequest(DateOnly? Date, string? Venue, List<string>? Agenda);

public sealed record AttendanceRequest(List<Guid>? MemberIds);

public sealed record MinutesRequest(string? Minutes);

public sealed record BoardMeetingResponse(
    Guid Id,
    string CenterId,
    DateOnly Date,
    string? Venue,
    IReadOnlyList<string> Agenda,
    IReadOnlyList<BoardMemberResponse> Attendees,
    string? Minutes,
    DateTimeOffset? MinutesRecordedAt)
{
    public static BoardMeetingResponse From(BoardMeeting meeting, IReadOnlyDictionary<Guid, BoardMember> members) => new(
        meeting.Id, meeting.CenterId, meeting.Date, meeting.Venue, meeting.Agenda,
        meeting.AttendeeIds.Where(members.ContainsKey).Select(id => BoardMemberResponse.From(members[id])).ToList(),
        meeting.Minutes, meeting.MinutesRecordedAt);
}

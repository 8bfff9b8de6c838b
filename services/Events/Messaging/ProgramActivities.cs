using CpPlatform.Contracts.Monitoring;
using CpPlatform.Events.Data;
using CpPlatform.Events.Domain;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.Events.Messaging;

/// <summary>
/// What program monitoring counts of events, dated and included exactly as <see cref="IndicatorsQuery"/> counts reach and
/// expert questions (days in the center's calendar), so its figures agree with the service's own indicators for any
/// period and center.
/// </summary>
internal static class ProgramActivities
{
    /// <summary>
    /// A check-in, dated by its event's first day at the center. Only checked-in registrations are sent: a check-in is
    /// never undone and a checked-in registration changes no more, so one not checked in has nothing to count. Its event's
    /// day or kind may still change, and then it is sent again. Companies count by enterprise only for company attendees.
    /// </summary>
    public static ProgramActivity Attendance(CheckIn checkIn, CenterTime at) => new()
    {
        Activity = ProgramActivityNames.EventAttendance,
        Key = checkIn.RegistrationId.ToString(),
        On = at.DayOf(checkIn.StartsAt),
        Counts = true,
        Kind = KebabCase.Name(checkIn.Kind),
        Category = KebabCase.Name(checkIn.Category),
        Person = PersonKey.Of(checkIn.Email),
        EnterpriseId = checkIn.Category == StakeholderCategory.Company ? checkIn.EnterpriseId : null,
        GroupKey = checkIn.EventId.ToString(),
    };

    public static ProgramActivity Attendance(Event attended, Registration registration, CenterTime at) => Attendance(
        new CheckIn(registration.Id, attended.CenterId, attended.Id, attended.Kind, attended.StartsAt, registration.Email, registration.Category,
            registration.EnterpriseId),
        at);

    /// <summary>A question counts from the day it was received at the center; its answer counts once recorded (never undone).</summary>
    public static IEnumerable<ProgramActivity> Question(Guid questionId, DateTimeOffset receivedAt, QuestionStatus status, CenterTime at)
    {
        var receivedOn = at.DayOf(receivedAt);
        yield return new ProgramActivity
        {
            Activity = ProgramActivityNames.ExpertQuestion, Key = questionId.ToString(), On = receivedOn, Counts = true,
        };
        yield return new ProgramActivity
        {
            Activity = ProgramActivityNames.ExpertQuestionAnswered, Key = questionId.ToString(), On = receivedOn, Counts = status == QuestionStatus.Answered,
        };
    }

    public static IEnumerable<ProgramActivity> Question(ExpertQuestion question, CenterTime at) => Question(question.Id, question.ReceivedAt, question.Status, at);

    /// <summary>
    /// A member sits on the board from the first day of the term to the last (none while open-ended): monitoring counts
    /// the members of a day from these two days, so a term that runs out needs no message.
    /// </summary>
    public static ProgramActivity Member(BoardMember member) => new()
    {
        Activity = ProgramActivityNames.AdvisoryBoardMember,
        Key = member.Id.ToString(),
        On = member.TermStart,
        Until = member.TermEnd,
        Counts = true,
        Category = KebabCase.Name(member.Category),
    };

    /// <summary>A meeting counts on its day: meetings are never called off in this service.</summary>
    public static ProgramActivity Meeting(Guid meetingId, DateOnly date) => new()
    {
        Activity = ProgramActivityNames.AdvisoryBoardMeeting, Key = meetingId.ToString(), On = date, Counts = true,
    };
}

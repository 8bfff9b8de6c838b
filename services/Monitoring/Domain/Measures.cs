using static CpPlatform.Contracts.Monitoring.ProgramActivityNames;

namespace CpPlatform.Monitoring.Domain;

/// <summary>The catalogue of measures: each defined once, here, over the activities of <c>ProgramActivityNames</c>.</summary>
public static class Measures
{
    public const string Manual = "manual";

    public static readonly IReadOnlyList<Measure> All =
    [
        new("people-reached", "People reached", "people", "Distinct people (by e-mail) checked in at events, dated by the event's first day.",
            MeasureCount.DistinctPeople, EventAttendance, Kinds: ProducerIds.EventKinds, Categories: ProducerIds.StakeholderCategories),
        new("event-attendance", "Event attendance", "attendances", "Check-ins at events, each attendance once.",
            MeasureCount.Activities, EventAttendance, Kinds: ProducerIds.EventKinds, Categories: ProducerIds.StakeholderCategories),
        new("events-held", "Events held", "events", "Events at which at least one person was checked in.",
            MeasureCount.DistinctGroups, EventAttendance, Kinds: ProducerIds.EventKinds),
        new("students-trained", "Students trained", "people", "Distinct students who completed a course, dated by the completion.",
            MeasureCount.DistinctPeople, TrainingCompletion, Category: ProducerIds.Student),
        new("consultants-enrolled", "Consultants enrolled", "people", "Distinct consultants enrolled (or completed) in an offering, dated by its first day.",
            MeasureCount.DistinctPeople, TrainingSeat, Category: ProducerIds.Consultant),
        new("consultants-trained", "Consultants trained", "people", "Distinct consultants who completed a course, dated by the completion.",
            MeasureCount.DistinctPeople, TrainingCompletion, Category: ProducerIds.Consultant),
        new("consultants-certified", "Consultants certified", "people", "Distinct people issued a certificate, dated by its issue.",
            MeasureCount.DistinctPeople, CertificateIssued),
        new("demonstration-projects", "Demonstration projects", "projects", "Demonstration projects selected and not cancelled, dated by their selection.",
            MeasureCount.Activities, DemonstrationProject),
        new("companies-implementing", "Companies implementing", "companies", "Distinct enterprises with at least one implemented option.",
            MeasureCount.DistinctEnterprises, OptionImplemented),
        new("companies-meeting-savings-goal", "Companies meeting the savings goal", "companies",
            "Distinct enterprises whose verified results cut waste, energy, materials or water by 10% or more.",
            MeasureCount.DistinctEnterprises, SavingsVerified, OnlyMeetingSavingsGoal: true),
        new("options-implementation-rate", "Options implementation rate", "percent",
            "Options implemented per hundred options recommended (and not rejected) in the window.",
            MeasureCount.Ratio, OptionImplemented, PerHundredOf: OptionRecommended),
        new("verified-annual-savings-usd", "Verified annual savings", "usd", "The verified annual savings of projects, by the day of their latest verification.",
            MeasureCount.SumOfAmounts, SavingsVerified),
        new("advisory-board-members", "Advisory board members", "members", "Members of the advisory boards at the window's end (a level, not a flow).",
            MeasureCount.Level, AdvisoryBoardMember),
        new("advisory-board-meetings", "Advisory board meetings", "meetings", "Advisory board meetings held.",
            MeasureCount.Activities, AdvisoryBoardMeeting),
        new("expert-questions", "Expert questions", "questions", "\"Ask the expert\" questions received.",
            MeasureCount.Activities, ExpertQuestion),
        new("expert-questions-answered", "Expert questions answered", "questions", "Questions answered, dated by the day they were received.",
            MeasureCount.Activities, ExpertQuestionAnswered),
        new("loans-guaranteed", "Loans guaranteed", "loans", "Loans placed under a guarantee facility, dated by their disbursement.",
            MeasureCount.Activities, LoanGuaranteed),
        new("guaranteed-amount-usd", "Guaranteed amount", "usd", "The guaranteed amount of loans in US dollars, dated by their disbursement.",
            MeasureCount.SumOfAmounts, LoanGuaranteed, Currency: "USD"),
        new(Manual, "Reported by staff", "value", "Values staff report with evidence for a year, a quarter or a month (manuals published, website visitors).",
            MeasureCount.Reported),
    ];

    private static readonly Dictionary<string, Measure> ById = All.ToDictionary(measure => measure.Id, StringComparer.Ordinal);

    public static Measure? Find(string? id) => id is not null && ById.TryGetValue(id, out var measure) ? measure : null;

    public static string Ids => string.Join(", ", All.Select(measure => measure.Id));
}

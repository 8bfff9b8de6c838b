namespace CpPlatform.Contracts.Monitoring;

/// <summary>
/// The activities services report for program monitoring. Each maps one row set of the owning service's own indicators,
/// with the same date and the same rule for "counts", so a measure over them agrees with that service for any period
/// and center. Which optional fields of <see cref="ProgramActivity"/> each one fills is said beside it.
/// </summary>
public static class ProgramActivityNames
{
    // events
    /// <summary>A registration at an event, counting once checked in. On: the event's first day. Kind: event kind;
    /// Category: stakeholder category; Person; EnterpriseId (company attendees); GroupKey: the event id.</summary>
    public const string EventAttendance = "event-attendance";

    /// <summary>An "ask the expert" question. On: the day it was received. Counts always.</summary>
    public const string ExpertQuestion = "expert-question";

    /// <summary>The same question, counting once answered. On: the day it was received (as the events service counts it).</summary>
    public const string ExpertQuestionAnswered = "expert-question-answered";

    /// <summary>A member of a center's advisory board. On: the first day of the term; Until: its last day, when it has one;
    /// Category.</summary>
    public const string AdvisoryBoardMember = "advisory-board-member";

    /// <summary>An advisory-board meeting. On: its day. Counts always.</summary>
    public const string AdvisoryBoardMeeting = "advisory-board-meeting";

    // training
    /// <summary>A seat in a course offering, counting while enrolled or completed. On: the offering's first day.
    /// Category: participant category; Person; GroupKey: the offering id; Kind: the course code.</summary>
    public const string TrainingSeat = "training-seat";

    /// <summary>A completed enrollment. On: the day it was completed. Category; Person; GroupKey: offering id; Kind: course code.</summary>
    public const string TrainingCompletion = "training-completion";

    /// <summary>A certificate issued. On: its issue day. Category: the holder's participant category; Person.</summary>
    public const string CertificateIssued = "certificate-issued";

    // assessments
    /// <summary>A demonstration project, counting unless cancelled. On: the day it was selected. EnterpriseId.</summary>
    public const string DemonstrationProject = "demonstration-project";

    /// <summary>A recommended option, counting unless rejected. On: its project's selection day (the portfolio dates a
    /// project's options by it). Kind: category; EnterpriseId; GroupKey: the project id.</summary>
    public const string OptionRecommended = "option-recommended";

    /// <summary>An option put in place, counting once implemented (verified ones included). On: its project's selection day,
    /// as the portfolio dates it. Kind; EnterpriseId; GroupKey: project id; Amount: the investment the portfolio sums
    /// (the actual one, else the planned one).</summary>
    public const string OptionImplemented = "option-implemented";

    /// <summary>A project's verified results (the latest totals). On: the day of the latest verification. EnterpriseId;
    /// GroupKey: project id; Amount: verified annual savings; MeetsSavingsGoal.</summary>
    public const string SavingsVerified = "savings-verified";

    // financing
    /// <summary>A loan placed under a guarantee facility. On: its disbursement day. EnterpriseId; GroupKey: facility id;
    /// Amount: the guaranteed amount; Kind: the facility's currency.</summary>
    public const string LoanGuaranteed = "loan-guaranteed";
}

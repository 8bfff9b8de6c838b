namespace CpPlatform.Contracts.Monitoring;

/// <summary>
/// One thing a service did that a program's indicators may count, in the state it is in now: an attendance, a training
/// seat, an issued certificate, a demonstration project, an implemented option, a guaranteed loan. Every producing
/// service sends these (live with the change that caused them, and all of them again on a replay), so the monitoring
/// service can count exactly what the owning service's own indicators count, without reading its database.
/// A newer message about the same <see cref="Activity"/> and <see cref="Key"/> replaces an older one
/// (<see cref="IntegrationEvent.OccurredAt"/> orders them). No personal data travels: people are <see cref="Person"/> keys.
/// </summary>
public sealed record ProgramActivity
{
    /// <summary>What it is: one of <see cref="ProgramActivityNames"/>.</summary>
    public required string Activity { get; init; }

    /// <summary>The owning row's id, unique within <see cref="Activity"/> (a registration id, an option id, ...).</summary>
    public required string Key { get; init; }

    /// <summary>
    /// The day the owning service's indicators date it by, in the center's calendar (an attendance by its event's first
    /// day, a training seat by its offering's first day, a completion by the day it was completed).
    /// </summary>
    public required DateOnly On { get; init; }

    /// <summary>
    /// Whether the owning service counts it now: false once it no longer does (a cancelled seat, a rejected option,
    /// a question not answered yet), so a correction reaches the program's figures too.
    /// </summary>
    public required bool Counts { get; init; }

    /// <summary>
    /// The last day it counts, for something that lasts (an advisory board member's term); null while it has no end.
    /// A level such as the members of a board at a window's end counts it only while <see cref="On"/> ≤ that day ≤ this one.
    /// </summary>
    public DateOnly? Until { get; init; }

    /// <summary>An event kind (<c>awareness-talk</c>) or an option category (<c>good-housekeeping</c>), when it has one.</summary>
    public string? Kind { get; init; }

    /// <summary>A stakeholder category (<c>government</c>) or a participant category (<c>consultant</c>), when it has one.</summary>
    public string? Category { get; init; }

    /// <summary>The person it is about as an opaque key (<see cref="PersonKey.Of"/>), so people are counted once across activities.</summary>
    public string? Person { get; init; }

    /// <summary>The enterprise it is about, when there is one.</summary>
    public Guid? EnterpriseId { get; init; }

    /// <summary>What it belongs to: the event of an attendance, the project of an option, the offering of a seat.</summary>
    public string? GroupKey { get; init; }

    /// <summary>Money it carries (verified annual savings, a guaranteed amount), unrounded.</summary>
    public decimal? Amount { get; init; }

    /// <summary>For <see cref="ProgramActivityNames.SavingsVerified"/>: at least one of waste, energy, materials or water fell by 10% or more.</summary>
    public bool? MeetsSavingsGoal { get; init; }
}

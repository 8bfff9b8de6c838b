namespace CpPlatform.Events.Domain;

/// <summary>The kinds of event a center runs to raise awareness of cleaner production.</summary>
public enum EventKind
{
    AwarenessTalk,
    SectorWorkshop,
    AnnualForum,
    Launch,
    TradeFair,
    FinalConference,
    Webinar,
    AdvisoryBoardMeeting,
}

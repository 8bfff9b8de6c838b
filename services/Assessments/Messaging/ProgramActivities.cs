using CpPlatform.Assessments.Domain;
using CpPlatform.Contracts.Monitoring;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.Assessments.Messaging;

/// <summary>
/// What assessments reports for program monitoring, dated and counted as the portfolio (Data/PortfolioQuery.cs) counts:
/// its figures date everything by the project's selection day at the center, and count every option not rejected as
/// recommended and every implemented or verified option as implemented, whatever the project's phase. So, for any
/// period and center, counted option-recommended and option-implemented are the portfolio's recommended and implemented
/// options (their ratio its implementation rate, the Amounts its investment). The portfolio has no figure for verified
/// savings: savings-verified is dated by the project's latest verification and carries the verified options' savings.
/// </summary>
internal static class ProgramActivities
{
    /// <summary>A demonstration project counts unless cancelled; dated by its selection day.</summary>
    public static ProgramActivity DemonstrationProject(DemonstrationProject project, CenterTime at) => new()
    {
        Activity = ProgramActivityNames.DemonstrationProject,
        Key = project.Id.ToString(),
        On = at.DayOf(project.SelectedAt),
        Counts = project.Phase != ProjectPhase.Cancelled,
        EnterpriseId = project.EnterpriseId,
    };

    /// <summary>
    /// The option as recommended (counting unless rejected) and, once put in place, as implemented (counting from then
    /// on, as nothing undoes an implementation), with the portfolio's investment: the actual one, else the planned one.
    /// </summary>
    public static IEnumerable<ProgramActivity> Option(DemonstrationProject project, ProjectOption option, CenterTime at)
    {
        var recommended = new ProgramActivity
        {
            Activity = ProgramActivityNames.OptionRecommended,
            Key = option.Id.ToString(),
            On = at.DayOf(project.SelectedAt),
            Counts = option.IsRecommended,
            Kind = KebabCase.Name(option.Category),
            EnterpriseId = project.EnterpriseId,
            GroupKey = project.Id.ToString(),
        };
        yield return recommended;
        if (option.IsImplemented)
        {
            yield return recommended with
            {
                Activity = ProgramActivityNames.OptionImplemented,
                Counts = true,
                Amount = option.ImplementedInvestment,
            };
        }
    }

    /// <summary>
    /// A project's verified results, once one of its options is verified: the verified options' annual savings, dated by
    /// the day of the latest verification, and whether its measurements meet the program goal.
    /// </summary>
    public static ProgramActivity SavingsVerified(DemonstrationProject project, CenterTime at)
    {
        var verified = project.Options.Where(option => option.Status == OptionStatus.Verified).ToList();
        return new ProgramActivity
        {
            Activity = ProgramActivityNames.SavingsVerified,
            Key = project.Id.ToString(),
            On = at.DayOf(verified.Max(option => option.UpdatedAt)),
            Counts = true,
            EnterpriseId = project.EnterpriseId,
            GroupKey = project.Id.ToString(),
            Amount = project.VerifiedResults().Figures.AnnualSavings,
            MeetsSavingsGoal = project.Economics.MeetsProgramGoal,
        };
    }

    /// <summary>Everything a project reports, as it stands now: what a replay sends again.</summary>
    public static IEnumerable<ProgramActivity> Of(DemonstrationProject project, CenterTime at)
    {
        yield return DemonstrationProject(project, at);
        foreach (var activity in project.Options.OrderBy(option => option.Id).SelectMany(option => Option(project, option, at)))
        {
            yield return activity;
        }
        if (project.VerifiedAt is not null)
        {
            yield return SavingsVerified(project, at);
        }
    }
}

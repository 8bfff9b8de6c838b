using CpPlatform.Assessments.Domain;
using CpPlatform.ServiceDefaults.Problems;

namespace CpPlatform.Assessments.Tests.Domain;

public class ProjectRulesTests
{
    private static readonly DateTimeOffset Later = new(2026, 11, 9, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Selection_names_every_failed_criterion_in_order()
    {
        Assert.Empty(new SelectionCriteria(true, true, true, true).Failed());
        Assert.Equal(["sme", "publish-results-consent"], new SelectionCriteria(false, true, false, true).Failed());
        Assert.Equal(["sme", "locally-significant-impact", "publish-results-consent", "management-commitment"],
            new SelectionCriteria(false, false, false, false).Failed());
    }

    [Fact]
    public void A_project_cannot_be_selected_when_a_criterion_fails()
    {
        Assert.Throws<InvalidOperationException>(() => DemonstrationProject.Select(
            new EnterpriseSnapshot { EnterpriseId = Guid.NewGuid(), CenterId = "mx-chihuahua" }, null, new SelectionCriteria(true, true, true, false),
            new CostShareRule().Split("small"), [], "center-app", Later));
    }

    [Fact]
    public void Phases_move_to_the_next_one_stamped_with_who_and_when()
    {
        var project = ProjectEconomicsTests.Project();

        project.MoveTo(ProjectPhase.PreAssessment, "ana", Later);

        Assert.Equal(ProjectPhase.PreAssessment, project.Phase);
        Assert.Equal(new PhaseChange(ProjectPhase.PlanningOrganisation, ProjectPhase.PreAssessment, "ana", Later, null), Assert.Single(project.PhaseHistory));
    }

    [Fact]
    public void Phases_never_move_backward_stay_or_skip()
    {
        var project = ProjectEconomicsTests.Project();
        project.MoveTo(ProjectPhase.PreAssessment, "ana", Later);
        project.MoveTo(ProjectPhase.Assessment, "ana", Later);

        Assert.Throws<ConflictException>(() => project.MoveTo(ProjectPhase.PreAssessment, "ana", Later));
        Assert.Throws<ConflictException>(() => project.MoveTo(ProjectPhase.Assessment, "ana", Later));
        Assert.Throws<ConflictException>(() => project.MoveTo(ProjectPhase.Closed, "ana", Later));
        Assert.Equal(ProjectPhase.Assessment, project.Phase);
    }

    [Fact]
    public void Cancelling_needs_the_cancel_action_and_ends_the_project()
    {
        var project = ProjectEconomicsTests.Project();
        Assert.Throws<ConflictException>(() => project.MoveTo(ProjectPhase.Cancelled, "ana", Later));

        project.Cancel("The plant closed", "ana", Later);

        Assert.Equal(ProjectPhase.Cancelled, project.Phase);
        Assert.Equal("The plant closed", project.PhaseHistory.Last().Reason);
        Assert.Throws<ConflictException>(() => project.Cancel("again", "ana", Later));
        Assert.Throws<ConflictException>(() => project.MoveTo(ProjectPhase.PreAssessment, "ana", Later));
        Assert.Throws<ConflictException>(() => ProjectEconomicsTests.Option(project, 1m, 1m));
    }

    [Fact]
    public void A_closed_project_cannot_be_cancelled()
    {
        var project = ProjectEconomicsTests.Project();
        foreach (var phase in new[] { ProjectPhase.PreAssessment, ProjectPhase.Assessment, ProjectPhase.EvaluationFeasibility, ProjectPhase.ImplementationContinuation, ProjectPhase.Closed })
        {
            project.MoveTo(phase, "ana", Later);
        }

        Assert.Throws<ConflictException>(() => project.Cancel("too late", "ana", Later));
    }

    [Fact]
    public void Options_go_proposed_accepted_implemented_verified_and_never_skip()
    {
        var project = ProjectEconomicsTests.Project();
        var option = ProjectEconomicsTests.Option(project, 1_000m, 600m);

        Assert.Throws<ConflictException>(() => option.Implement(new DateOnly(2026, 10, 1), null, "ana", Later));
        Assert.Throws<ConflictException>(() => project.VerifyOption(option, 500m, "ana", Later));
        option.Accept("ana", Later);
        Assert.Throws<ConflictException>(() => option.Reject(RejectionReason.Technical, "ana", Later));
        option.Implement(new DateOnly(2026, 10, 1), 900m, "ana", Later);
        Assert.Null(project.VerifiedAt);
        project.VerifyOption(option, 500m, "ana", Later);

        Assert.Equal(OptionStatus.Verified, option.Status);
        Assert.Equal(Later, project.VerifiedAt);
        Assert.Equal((900m, 500m), (option.ImplementedInvestment, option.ImplementedAnnualSavings));
    }

    [Fact]
    public void A_project_counts_its_options_as_the_portfolio_sums_them()
    {
        var project = ProjectEconomicsTests.Project();
        var implemented = ProjectEconomicsTests.Option(project, 1_000m, 600m);
        var verified = ProjectEconomicsTests.Option(project, 2_000m, 800m);
        var rejected = ProjectEconomicsTests.Option(project, 5_000m, 100m);
        ProjectEconomicsTests.Option(project, 300m, 200m);
        Assert.Equal(new OptionTotals(4, 0, 0m, 0m), project.OptionTotals);

        implemented.Accept("ana", Later);
        implemented.Implement(new DateOnly(2026, 10, 1), 900m, "ana", Later);
        verified.Accept("ana", Later);
        verified.Implement(new DateOnly(2026, 10, 1), null, "ana", Later);
        project.VerifyOption(verified, 750m, "ana", Later);
        rejected.Reject(RejectionReason.Economic, "ana", Later);
        project.CountOptions();

        Assert.Equal(new OptionTotals(3, 2, 2_900m, 1_350m), project.OptionTotals);
    }

    [Fact]
    public void Only_assigned_consultants_are_scored_and_a_new_score_replaces_the_old()
    {
        var project = ProjectEconomicsTests.Project();

        Assert.Throws<ConflictException>(() => project.Score("someone@else.mx", 90, "ana", Later));
        project.Score("LUIS@consult.mx", 70, "ana", Later);
        var score = project.Score("luis@consult.mx", 85, "ana", Later);

        Assert.Equal(new ConsultantScore("luis@consult.mx", "Luis Pérez", 85, "ana", Later), Assert.Single(project.Scores));
        Assert.Equal(85, score.Score);
    }
}

using CpPlatform.Training.Domain;

namespace CpPlatform.Training.Tests.Domain;

public class CertificationRuleTests
{
    private readonly CertificationRule _rule = new();

    [Fact]
    public void Training_a_project_scored_80_and_a_passed_exam_meet_every_requirement()
    {
        Assert.Empty(_rule.Unmet(new CertificationEvidence(CompletedConsultantTraining: true, BestProjectScore: 80, PassedExam: true)));
    }

    [Fact]
    public void A_best_score_of_79_is_not_enough()
    {
        var unmet = _rule.Unmet(new CertificationEvidence(true, 79, true));

        Assert.Equal([CertificationRule.NoQualifyingProject], unmet.Select(u => u.Requirement));
        Assert.Contains("79", unmet[0].Detail);
    }

    [Fact]
    public void Nothing_held_lists_each_requirement_in_order()
    {
        var unmet = _rule.Unmet(new CertificationEvidence(false, null, false));

        Assert.Equal(["training-incomplete", "no-qualifying-project", "exam-not-passed"], unmet.Select(u => u.Requirement));
    }

    [Fact]
    public void The_minimum_score_is_configurable()
    {
        var rule = new CertificationRule { MinimumProjectScore = 90 };

        Assert.NotEmpty(rule.Unmet(new CertificationEvidence(true, 89, true)));
        Assert.Empty(rule.Unmet(new CertificationEvidence(true, 90, true)));
    }

    [Fact]
    public void A_certificate_is_valid_three_years_by_default_through_the_day_before_the_anniversary()
    {
        Assert.Equal(new DateOnly(2029, 3, 9), _rule.ValidUntil(new DateOnly(2026, 3, 10)));
        Assert.Equal(new DateOnly(2028, 2, 27), new CertificationRule { ValidityYears = 2 }.ValidUntil(new DateOnly(2026, 2, 28)));
        Assert.Equal(new DateOnly(2031, 2, 27), _rule.ValidUntil(new DateOnly(2028, 2, 29)));
    }
}

using CpPlatform.Enterprises.Domain;

namespace CpPlatform.Enterprises.Tests.Domain;

public class EnterpriseTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static EnterpriseDetails Details(int employees = 30, decimal sales = 1_200_000m, bool publish = true, bool share = false) => new(
        "Curtidos del Norte SA de CV", "cdn-850101 ab1", "MX", "Chihuahua", "Juárez", null, Sector.LeatherTanning, "finishing",
        employees, sales, [new Contact("Ana Ruiz", "plant manager", "ana@cdn.mx", null)], publish, share);

    private static Enterprise Registered() => Enterprise.Register("mx-chihuahua", Details(), SizeRule.Default, "center-app", Monday);

    [Fact]
    public void Registration_derives_size_class_sme_flag_and_starts_as_prospect()
    {
        var enterprise = Registered();

        Assert.Equal(SizeClass.Small, enterprise.SizeClass);
        Assert.True(enterprise.IsSme);
        Assert.Equal(EngagementStage.Prospect, enterprise.Stage);
        Assert.Equal("CDN850101AB1", enterprise.TaxId);
        Assert.Equal(1, enterprise.Revision);
    }

    [Fact]
    public void Consents_keep_who_recorded_them_and_when_until_their_value_changes()
    {
        var enterprise = Registered();
        var later = Monday.AddDays(3);

        enterprise.Update(Details(publish: true, share: true), SizeRule.Default, "another-user", later);

        Assert.Equal(new Consent(true, "center-app", Monday), enterprise.PublishResults);
        Assert.Equal(new Consent(true, "another-user", later), enterprise.ShareWithBanks);
    }

    [Fact]
    public void Stages_only_move_forward()
    {
        var enterprise = Registered();

        Assert.True(enterprise.AdvanceTo(EngagementStage.PreAssessed, Monday.AddDays(1)));
        Assert.False(enterprise.AdvanceTo(EngagementStage.Aware, Monday.AddDays(2)));
        Assert.False(enterprise.AdvanceTo(EngagementStage.PreAssessed, Monday.AddDays(2)));
        Assert.True(enterprise.AdvanceTo(EngagementStage.Financed, Monday.AddDays(9)));

        Assert.Equal(EngagementStage.Financed, enterprise.Stage);
        Assert.Equal(3, enterprise.Revision);
    }

    [Fact]
    public void A_new_size_rule_reclassifies_only_when_the_class_changes()
    {
        var enterprise = Registered();

        Assert.False(enterprise.Reclassify(SizeRule.Default, Monday.AddDays(1)));
        Assert.True(enterprise.Reclassify(SizeRule.Default with { SmallBelowEmployees = 25 }, Monday.AddDays(1)));
        Assert.Equal(SizeClass.Medium, enterprise.SizeClass);
        Assert.True(enterprise.Reclassify(SizeRule.Default with { SmeBelowAnnualSalesUsd = 1_000_000m }, Monday.AddDays(2)));
        Assert.False(enterprise.IsSme);
    }

    [Theory]
    [InlineData("abc-850101 xy1", "ABC850101XY1")]
    [InlineData("20.123.456-7", "201234567")]
    [InlineData(" RUC20100070970 ", "RUC20100070970")]
    public void Tax_ids_compare_without_spaces_dots_hyphens_or_case(string typed, string normalized) =>
        Assert.Equal(normalized, TaxId.Normalize(typed));
}

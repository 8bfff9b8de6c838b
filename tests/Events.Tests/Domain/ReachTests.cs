using CpPlatform.Events.Domain;

namespace CpPlatform.Events.Tests.Domain;

public class ReachTests
{
    private static readonly Guid Talk = Guid.NewGuid();
    private static readonly Guid Workshop = Guid.NewGuid();
    private static readonly Guid Forum = Guid.NewGuid();
    private static readonly Guid Tannery = Guid.NewGuid();

    [Fact]
    public void The_same_person_at_three_events_counts_once_however_the_email_is_typed()
    {
        var reach = Reach.Of(
        [
            new Attendance(Talk, "mx-chihuahua", EventKind.AwarenessTalk, "ana@cdn.mx", StakeholderCategory.Company, Tannery),
            new Attendance(Workshop, "mx-chihuahua", EventKind.SectorWorkshop, "Ana@CDN.mx ", StakeholderCategory.Company, Tannery),
            new Attendance(Forum, "mx-bajio", EventKind.AnnualForum, "ANA@cdn.mx", StakeholderCategory.Company, Tannery),
        ]);

        Assert.Equal((3, 3, 1, 1), (reach.Events, reach.Attendances, reach.DistinctPeople, reach.DistinctCompanies));
    }

    [Fact]
    public void Attendance_is_broken_down_by_kind_category_and_center_each_with_its_own_distinct_people()
    {
        var reach = Reach.Of(
        [
            new Attendance(Talk, "mx-chihuahua", EventKind.AwarenessTalk, "ana@cdn.mx", StakeholderCategory.Company, Tannery),
            new Attendance(Talk, "mx-chihuahua", EventKind.AwarenessTalk, "juan@gob.mx", StakeholderCategory.Government, null),
            new Attendance(Workshop, "mx-chihuahua", EventKind.SectorWorkshop, "juan@gob.mx", StakeholderCategory.Government, null),
            new Attendance(Forum, "mx-bajio", EventKind.AnnualForum, "juan@gob.mx", StakeholderCategory.Government, null),
            new Attendance(Forum, "mx-bajio", EventKind.AnnualForum, "eva@uach.mx", StakeholderCategory.Academia, null),
        ]);

        Assert.Equal((3, 5, 3, 1), (reach.Events, reach.Attendances, reach.DistinctPeople, reach.DistinctCompanies));
        Assert.Equal(
            [new KindCount(EventKind.AwarenessTalk, 1, 2, 2), new KindCount(EventKind.SectorWorkshop, 1, 1, 1), new KindCount(EventKind.AnnualForum, 1, 2, 2)],
            reach.ByKind);
        Assert.Equal(
            [new CategoryCount(StakeholderCategory.Company, 1, 1), new CategoryCount(StakeholderCategory.Government, 3, 1), new CategoryCount(StakeholderCategory.Academia, 1, 1)],
            reach.ByCategory);
        // Juan met both centers, so each counts him; the total counts him once.
        Assert.Equal([new CenterCount("mx-bajio", 1, 2, 2), new CenterCount("mx-chihuahua", 2, 3, 2)], reach.ByCenter);
    }

    [Fact]
    public void Companies_are_counted_by_enterprise_not_by_the_people_they_send()
    {
        var reach = Reach.Of(
        [
            new Attendance(Talk, "mx-chihuahua", EventKind.AwarenessTalk, "ana@cdn.mx", StakeholderCategory.Company, Tannery),
            new Attendance(Talk, "mx-chihuahua", EventKind.AwarenessTalk, "luis@cdn.mx", StakeholderCategory.Company, Tannery),
            new Attendance(Talk, "mx-chihuahua", EventKind.AwarenessTalk, "eva@uach.mx", StakeholderCategory.Academia, null),
        ]);

        Assert.Equal((3, 1), (reach.DistinctPeople, reach.DistinctCompanies));
    }

    [Fact]
    public void Nothing_attended_reaches_no_one()
    {
        var reach = Reach.Of([]);

        Assert.Equal((0, 0, 0, 0), (reach.Events, reach.Attendances, reach.DistinctPeople, reach.DistinctCompanies));
        Assert.Empty(reach.ByKind);
    }
}

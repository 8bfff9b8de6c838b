using CpPlatform.Events.Data;
using CpPlatform.Events.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Events.Tests.Data;

/// <summary>How attendances add up, counted by PostgreSQL; each test keeps to its own year of events.</summary>
public class ReachQueryTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    private const string Talk = "talk";
    private const string Workshop = "workshop";
    private const string Forum = "forum";
    private static readonly Guid Tannery = Guid.NewGuid();

    [Fact]
    public async Task The_same_person_at_three_events_counts_once_however_the_email_is_typed()
    {
        var reach = await ReachAsync(2011,
            new(Talk, "mx-chihuahua", EventKind.AwarenessTalk, "ana@cdn.mx", StakeholderCategory.Company, Tannery),
            new(Workshop, "mx-chihuahua", EventKind.SectorWorkshop, "Ana@CDN.mx ", StakeholderCategory.Company, Tannery),
            new(Forum, "mx-bajio", EventKind.AnnualForum, "ANA@cdn.mx", StakeholderCategory.Company, Tannery));

        Assert.Equal((3, 3, 1, 1), (reach.Events, reach.Attendances, reach.DistinctPeople, reach.DistinctCompanies));
    }

    [Fact]
    public async Task Attendance_is_broken_down_by_kind_category_and_center_each_with_its_own_distinct_people()
    {
        var reach = await ReachAsync(2012,
            new(Talk, "mx-chihuahua", EventKind.AwarenessTalk, "ana@cdn.mx", StakeholderCategory.Company, Tannery),
            new(Talk, "mx-chihuahua", EventKind.AwarenessTalk, "juan@gob.mx", StakeholderCategory.Government, null),
            new(Workshop, "mx-chihuahua", EventKind.SectorWorkshop, "juan@gob.mx", StakeholderCategory.Government, null),
            new(Forum, "mx-bajio", EventKind.AnnualForum, "juan@gob.mx", StakeholderCategory.Government, null),
            new(Forum, "mx-bajio", EventKind.AnnualForum, "eva@uach.mx", StakeholderCategory.Academia, null));

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
    public async Task Companies_are_counted_by_enterprise_not_by_the_people_they_send()
    {
        var reach = await ReachAsync(2013,
            new(Talk, "mx-chihuahua", EventKind.AwarenessTalk, "ana@cdn.mx", StakeholderCategory.Company, Tannery),
            new(Talk, "mx-chihuahua", EventKind.AwarenessTalk, "luis@cdn.mx", StakeholderCategory.Company, Tannery),
            new(Talk, "mx-chihuahua", EventKind.AwarenessTalk, "eva@uach.mx", StakeholderCategory.Academia, null));

        Assert.Equal((3, 1), (reach.DistinctPeople, reach.DistinctCompanies));
    }

    [Fact]
    public async Task Nothing_attended_reaches_no_one()
    {
        var reach = await ReachAsync(2014);

        Assert.Equal((0, 0, 0, 0), (reach.Events, reach.Attendances, reach.DistinctPeople, reach.DistinctCompanies));
        Assert.Empty(reach.ByKind);
    }

    private sealed record CheckIn(string Event, string Center, EventKind Kind, string Email, StakeholderCategory Category, Guid? EnterpriseId);

    /// <summary>Holds each named event in <paramref name="year"/>, checks its people in, and counts the year's reach.</summary>
    private async Task<Reach> ReachAsync(int year, params CheckIn[] checkIns)
    {
        var day = new DateTimeOffset(year, 3, 10, 15, 0, 0, TimeSpan.Zero);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        foreach (var attended in checkIns.GroupBy(checkIn => checkIn.Event))
        {
            var first = attended.First();
            var held = Event.Plan(first.Center, new EventDetails(first.Event, first.Kind, [], day, day.AddHours(3), "Chihuahua", null, 100, [], 0, true), "test", day);
            db.Events.Add(held);
            foreach (var checkIn in attended)
            {
                var registration = Registration.Register(held, new Person("Someone", checkIn.Email, null, checkIn.Category, checkIn.EnterpriseId),
                    RegistrationSource.WalkIn, RegistrationStatus.Confirmed, day);
                registration.CheckIn("test", day);
                db.Registrations.Add(registration);
            }
        }
        await db.SaveChangesAsync();
        return await db.ReachAsync(day.AddMonths(-2), day.AddMonths(2), centerId: null, CancellationToken.None);
    }
}

using CpPlatform.Training.Domain;

namespace CpPlatform.Training.Tests.Domain;

/// <summary>Offerings, sessions and enrollments built in memory for the domain tests.</summary>
internal static class Cohort
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public static CourseModule[] Modules(int count) =>
        [.. Enumerable.Range(1, count).Select(number => new CourseModule(number, $"Module {number}", Topic.BestPractices, 5, number))];

    /// <summary><paramref name="sessionsPerModule"/>[i] sessions for module i + 1.</summary>
    public static Offering Offering(int capacity = 10, params int[] sessionsPerModule)
    {
        var id = Guid.NewGuid();
        return new Offering
        {
            Id = id,
            CenterId = "mx-chihuahua",
            Capacity = capacity,
            Country = "MX",
            Sessions = [.. sessionsPerModule.SelectMany((count, index) => Enumerable.Range(0, count)
                .Select(day => new Session { Id = Guid.NewGuid(), OfferingId = id, ModuleNumber = index + 1, Date = new DateOnly(2026, 3, 2).AddDays(day) }))],
        };
    }

    /// <summary>The first <paramref name="attendedPerModule"/>[i] sessions of module i + 1.</summary>
    public static HashSet<Guid> Attended(Offering offering, params int[] attendedPerModule) =>
    [
        .. attendedPerModule.SelectMany((count, index) => offering.Sessions.Where(s => s.ModuleNumber == index + 1).Take(count).Select(s => s.Id)),
    ];

    public static Enrollment Seated(Offering offering, decimal fee = 250m, string email = "Luis@Consultores.MX ") =>
        Enrollment.Request(offering, new Person("Luis Pérez", email, "Consultores del Norte", ParticipantCategory.Consultant), fee, seatFree: true, Now);
}

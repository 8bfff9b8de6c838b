using CpPlatform.Events.Domain;

namespace CpPlatform.Events.Tests.Domain;

public class SeatingTests
{
    [Theory]
    [InlineData(0, 1, RegistrationStatus.Confirmed)]
    [InlineData(49, 50, RegistrationStatus.Confirmed)]
    [InlineData(50, 50, RegistrationStatus.Waitlisted)]
    [InlineData(52, 50, RegistrationStatus.Waitlisted)] // walk-ins filled the room beyond capacity
    public void A_place_is_given_while_fewer_than_capacity_are_confirmed(int confirmed, int capacity, RegistrationStatus expected) =>
        Assert.Equal(expected, Seating.StatusFor(confirmed, capacity));

    [Theory]
    [InlineData(48, 50, 5, 2)]
    [InlineData(48, 50, 1, 1)]
    [InlineData(50, 50, 5, 0)]
    [InlineData(53, 50, 5, 0)]
    [InlineData(10, 50, 0, 0)]
    public void The_waitlist_moves_up_into_the_free_places_only(int confirmed, int capacity, int waitlisted, int expected) =>
        Assert.Equal(expected, Seating.PlacesToPromote(confirmed, capacity, waitlisted));
}

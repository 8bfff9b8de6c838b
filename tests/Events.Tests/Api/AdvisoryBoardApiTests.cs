using System.Net;
using System.Net.Http.Json;
using CpPlatform.Events.Data;
using CpPlatform.Events.Domain;
using CpPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Events.Tests.Api;

public class AdvisoryBoardApiTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    [Fact]
    public async Task A_board_meets_with_an_agenda_records_who_attended_and_keeps_the_minutes()
    {
        var centerId = ApiClient.NewCenterId();
        var center = factory.AsCenter(centerId);
        var minister = await AppointAsync(center, "Rosa Méndez", "government", "SEMARNAT", "2025-01-01", null);
        var banker = await AppointAsync(center, "Jorge Salas", "financial-institution", "NAFIN", "2025-01-01", "2025-06-30");
        var professor = await AppointAsync(center, "Eva Díaz", "academia", "UACH", "2025-01-01", null);
        var meeting = (await center.PostOkAsync("/api/events/advisory-board/meetings",
            new { date = "2025-09-15", venue = "Sala de juntas", agenda = new[] { "Annual results", "Work plan 2026" } }, HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var outOfTerm = await center.PutAsJsonAsync($"/api/events/advisory-board/meetings/{meeting}/attendance", new { memberIds = new[] { minister, banker } }, ApiClient.Json);
        await center.PutOkAsync($"/api/events/advisory-board/meetings/{meeting}/attendance", new { memberIds = new[] { minister, professor } });
        await center.PutOkAsync($"/api/events/advisory-board/meetings/{meeting}/minutes", new { minutes = "The board approved the 2026 work plan." });
        var stored = await center.GetJsonAsync($"/api/events/advisory-board/meetings/{meeting}");

        Assert.Equal(["memberIds"], (await outOfTerm.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(["Annual results", "Work plan 2026"], stored.GetProperty("agenda").EnumerateArray().Select(item => item.GetString()!).ToArray());
        Assert.Equal(["Eva Díaz", "Rosa Méndez"], stored.GetProperty("attendees").EnumerateArray().Select(m => m.GetProperty("name").GetString()!).Order().ToArray());
        Assert.Equal("The board approved the 2026 work plan.", stored.GetProperty("minutes").GetString());
        var seated = await center.GetJsonAsync("/api/events/advisory-board/members?seatedOn=2025-09-15");
        Assert.Equal(2, seated.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Members_of_another_board_cannot_attend_and_another_centers_board_answers_404()
    {
        var owner = factory.AsCenter(ApiClient.NewCenterId());
        var otherCenter = factory.AsCenter(ApiClient.NewCenterId());
        var outsider = await AppointAsync(otherCenter, "Pedro Luna", "ngo", "Fondo Verde", "2025-01-01", null);
        var meeting = (await owner.PostOkAsync("/api/events/advisory-board/meetings", new { date = "2025-09-15", agenda = new[] { "Results" } }, HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        var response = await owner.PutAsJsonAsync($"/api/events/advisory-board/meetings/{meeting}/attendance", new { memberIds = new[] { outsider } }, ApiClient.Json);

        Assert.Equal(["memberIds"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(HttpStatusCode.NotFound, (await otherCenter.GetAsync($"/api/events/advisory-board/meetings/{meeting}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCenter.PutAsJsonAsync($"/api/events/advisory-board/meetings/{meeting}/minutes", new { minutes = "x" }, ApiClient.Json)).StatusCode);
    }

    [Fact]
    public async Task An_attendance_recorded_while_a_members_term_is_cut_short_is_refused()
    {
        var centerId = ApiClient.NewCenterId();
        var center = factory.AsCenter(centerId);
        var member = await AppointAsync(center, "Jorge Salas", "financial-institution", "NAFIN", "2025-01-01", null);
        var meeting = (await center.PostOkAsync("/api/events/advisory-board/meetings", new { date = "2025-09-15", agenda = new[] { "Results" } }, HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        // The term's end saved, not yet committed, when the attendance reads the member still seated on the meeting's day.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        await using var termChange = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlAsync($"UPDATE board_members SET term_end = '2025-06-30' WHERE id = {member}");
        var attendance = center.PutAsJsonAsync($"/api/events/advisory-board/meetings/{meeting}/attendance", new { memberIds = new[] { member } }, ApiClient.Json);
        await LockWaits.UntilAStatementWaitsOnAsync<EventsDbContext>(factory.Services, "board_members");
        await termChange.CommitAsync();

        await (await attendance).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Empty((await center.GetJsonAsync($"/api/events/advisory-board/meetings/{meeting}")).GetProperty("attendees").EnumerateArray());
    }

    [Fact]
    public async Task Of_two_changes_made_from_one_reading_of_a_member_the_second_is_refused()
    {
        var member = await AppointAsync(factory.AsCenter(ApiClient.NewCenterId()), "Eva Díaz", "academia", "UACH", "2025-01-01", null);

        await ConcurrentSaves.AssertTheSecondIsRefusedAsync<EventsDbContext>(factory.Services,
            async db => (await db.BoardMembers.IgnoreQueryFilters().SingleAsync(m => m.Id == member)).Change(Details("UACH, Facultad de Química")),
            async db => (await db.BoardMembers.IgnoreQueryFilters().SingleAsync(m => m.Id == member)).Change(Details("Universidad Autónoma de Chihuahua")));
    }

    [Fact]
    public async Task A_bad_member_is_refused_naming_each_field()
    {
        var response = await factory.AsCenter(ApiClient.NewCenterId()).PostAsJsonAsync("/api/events/advisory-board/members",
            new { name = "", email = "nope", organisation = "", termStart = "2025-06-01", termEnd = "2025-01-01" }, ApiClient.Json);

        Assert.Equal(["category", "email", "name", "organisation", "termEnd"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    private static BoardMemberDetails Details(string organisation) =>
        new("Eva Díaz", null, StakeholderCategory.Academia, organisation, new DateOnly(2025, 1, 1), null);

    private static async Task<Guid> AppointAsync(HttpClient center, string name, string category, string organisation, string termStart, string? termEnd) =>
        (await center.PostOkAsync("/api/events/advisory-board/members", new { name, category, organisation, termStart, termEnd }, HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.Contracts.Training;
using CpPlatform.ServiceDefaults.Messaging;
using CpPlatform.TestSupport;
using CpPlatform.Training.Data;
using CpPlatform.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Training.Tests.Api;

public class EnrollmentsApiTests(TrainingFactory factory) : IClassFixture<TrainingFactory>
{
    [Fact]
    public async Task Concurrent_enrollments_never_exceed_capacity_and_freed_seats_go_to_the_earliest_waitlisted()
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());
        var offering = await center.ScheduleOfferingAsync(await center.PublishCourseAsync(), capacity: 5);
        var offeringId = offering.GetProperty("id").GetGuid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => center.EnrollAsync(offeringId, ApiClient.NewEmail($"p{i}"))));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        var enrollments = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal(5, enrollments.Count(e => e.GetProperty("status").GetString() == "enrolled"));
        Assert.Equal(19, enrollments.Count(e => e.GetProperty("status").GetString() == "waitlisted"));

        var seated = enrollments.Where(e => e.GetProperty("status").GetString() == "enrolled").Select(e => e.GetProperty("id").GetGuid()).ToList();
        var earliestWaiting = (await center.GetJsonAsync($"/api/training/enrollments?offeringId={offeringId}&status=waitlisted&pageSize=2"))
            .GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToList();
        // Two cancellations and two late enrollments at once: the freed seats still go to the waitlist, never above capacity.
        var racing = await Task.WhenAll(
            center.PostAsJsonAsync($"/api/training/enrollments/{seated[0]}/cancel", new { reason = "Changed jobs" }),
            center.PostAsJsonAsync($"/api/training/enrollments/{seated[1]}/cancel", new { }),
            center.EnrollAsync(offeringId, ApiClient.NewEmail("late1")),
            center.EnrollAsync(offeringId, ApiClient.NewEmail("late2")));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.Created], racing.Select(r => r.StatusCode));
        Assert.All(racing.Skip(2), r => Assert.Equal("waitlisted", r.Content.ReadFromJsonAsync<JsonElement>().Result.GetProperty("status").GetString()));

        foreach (var promoted in earliestWaiting)
        {
            var enrollment = await center.GetJsonAsync($"/api/training/enrollments/{promoted}");
            Assert.Equal("enrolled", enrollment.GetProperty("status").GetString());
        }
        var described = await center.GetJsonAsync($"/api/training/offerings/{offeringId}");
        Assert.Equal((5, 0, 19), (described.GetProperty("seated").GetInt32(), described.GetProperty("seatsLeft").GetInt32(), described.GetProperty("waitlisted").GetInt32()));
        Assert.Equal(5, await CountAsync(db => db.Enrollments.CountAsync(e => e.OfferingId == offeringId && e.Status == EnrollmentStatus.Enrolled)));
    }

    [Fact]
    public async Task Enrolling_the_same_email_again_returns_the_first_enrollment()
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());
        var offeringId = (await center.ScheduleOfferingAsync(await center.PublishCourseAsync())).GetProperty("id").GetGuid();
        var email = ApiClient.NewEmail();

        var first = await center.EnrollAsync(offeringId, email);
        var again = await center.EnrollAsync(offeringId, email.ToUpperInvariant());

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal(1, await CountAsync(db => db.Enrollments.CountAsync(e => e.OfferingId == offeringId)));
    }

    [Fact]
    public async Task Attendance_taken_twice_changes_nothing_and_completion_is_announced_once()
    {
        await using var completed = await EventCollector<EnrollmentCompleted>.StartAsync(factory.VirtualHost.ConnectionString, "test-enrollment-completed");
        var center = factory.AsCenter(ApiClient.NewCenterId());
        var course = await center.PublishCourseAsync(fee: 300m);
        var offering = await center.ScheduleOfferingAsync(course, sessionsPerModule: [5, 4]);
        var sessions = offering.Sessions();
        var enrollmentId = await center.EnrolledIdAsync(offering.GetProperty("id").GetGuid(), ApiClient.NewEmail(), category: "government-staff");

        // Module 1: 4 of 5 (80%). Module 2: 3 of 4 (75%) for now.
        foreach (var session in sessions.Where(s => s.Module == 1).Take(4).Concat(sessions.Where(s => s.Module == 2).Take(3)))
        {
            await center.AttendAsync(offering, session.Id, enrollmentId);
        }
        var repeated = await center.AttendAsync(offering, sessions[0].Id, enrollmentId);
        Assert.Equal(0, repeated.GetProperty("newlyRecorded").GetInt32());
        Assert.Equal(7, await CountAsync(db => db.Attendance.CountAsync(a => a.EnrollmentId == enrollmentId)));

        var paid = await center.PayAsync(enrollmentId);
        Assert.Equal("enrolled", paid.GetProperty("status").GetString());
        Assert.Equal(["module-2-attendance"], paid.GetProperty("progress").GetProperty("unmet").EnumerateArray().Select(u => u.GetString()));

        var lastNeeded = sessions.Where(s => s.Module == 2).Skip(3).First();
        var attendance = await Task.WhenAll(center.AttendAsync(offering, lastNeeded.Id, enrollmentId), center.AttendAsync(offering, lastNeeded.Id, enrollmentId));
        Assert.Equal(1, attendance.Sum(a => a.GetProperty("completed").GetArrayLength()));
        await center.AttendAsync(offering, sessions[4].Id, enrollmentId);

        var enrollment = await center.GetJsonAsync($"/api/training/enrollments/{enrollmentId}");
        Assert.Equal(("completed", "paid"), (enrollment.GetProperty("status").GetString(), enrollment.GetProperty("feeStatus").GetString()));
        var announced = (await completed.WaitForAsync(m => m.EnrollmentId == enrollmentId, TimeSpan.FromSeconds(30))).Message;
        Assert.Equal((course.GetProperty("code").GetString(), "government-staff"), (announced.CourseCode, announced.ParticipantCategory));
        await factory.Database.WaitUntilOutboxRelayedAsync();
        await completed.WaitUntilDrainedAsync();
        Assert.Single(completed.Received, c => c.Message.EnrollmentId == enrollmentId);
        Assert.Equal(1, await CountAsync(async db => (await db.Database.SqlQuery<int>(
            $"SELECT count(*)::int AS \"Value\" FROM outbox_messages WHERE message_type = {OutboxMessage.TypeName(typeof(EnrollmentCompleted))} AND body::text LIKE {"%" + enrollmentId + "%"}")
            .ToListAsync()).Single()));
    }

    [Fact]
    public async Task A_waitlisted_or_foreign_enrollment_cannot_be_marked_present()
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());
        var offering = await center.ScheduleOfferingAsync(await center.PublishCourseAsync(modules: 1), capacity: 1);
        var offeringId = offering.GetProperty("id").GetGuid();
        await center.EnrolledIdAsync(offeringId, ApiClient.NewEmail());
        var waiting = await center.EnrolledIdAsync(offeringId, ApiClient.NewEmail());

        var response = await center.PostAsJsonAsync($"/api/training/offerings/{offeringId}/sessions/{offering.Sessions()[0].Id}/attendance",
            new { enrollmentIds = new[] { waiting, Guid.NewGuid() } });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(waiting.ToString(), problem.GetProperty("errors").GetProperty("enrollmentIds")[0].GetString());
        Assert.Equal(0, await CountAsync(db => db.Attendance.CountAsync(a => a.EnrollmentId == waiting)));
    }

    [Fact]
    public async Task A_center_reaches_only_its_own_offerings_and_enrollments_national_staff_reach_all()
    {
        var owner = factory.AsCenter(ApiClient.NewCenterId());
        var other = factory.AsCenter(ApiClient.NewCenterId());
        var course = await owner.PublishCourseAsync();
        var offering = await owner.ScheduleOfferingAsync(course);
        var offeringId = offering.GetProperty("id").GetGuid();
        var enrollmentId = await owner.EnrolledIdAsync(offeringId, ApiClient.NewEmail());

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/training/courses/{course.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/training/offerings/{offeringId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/training/enrollments/{enrollmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.EnrollAsync(offeringId, ApiClient.NewEmail())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/training/enrollments/{enrollmentId}/cancel", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/training/enrollments/{enrollmentId}/fee", new { status = "paid" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync(
            $"/api/training/offerings/{offeringId}/sessions/{offering.Sessions()[0].Id}/attendance", new { enrollmentIds = new[] { enrollmentId } })).StatusCode);
        Assert.Equal(0, (await other.GetJsonAsync($"/api/training/enrollments?offeringId={offeringId}")).GetProperty("totalCount").GetInt32());
        var scheduleOnForeignCourse = await other.PostAsJsonAsync("/api/training/offerings", new
        {
            courseId = course.GetProperty("id").GetGuid(), startsOn = ApiClient.Today, endsOn = ApiClient.Today, place = "Juárez", country = "MX",
            capacity = 5, instructors = new[] { "X" }, sessions = new[] { new { module = 1, date = ApiClient.Today } },
        });
        Assert.Contains("courseId", (await scheduleOnForeignCourse.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name));

        var national = factory.AsNational();
        Assert.Equal(enrollmentId, (await national.GetJsonAsync($"/api/training/enrollments/{enrollmentId}")).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.Forbidden, (await national.EnrollAsync(offeringId, ApiClient.NewEmail())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient(token: null).GetAsync($"/api/training/offerings/{offeringId}")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_a_problem_naming_each_field()
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());
        var course = await center.PublishCourseAsync(modules: 2);

        var offering = await center.PostAsJsonAsync("/api/training/offerings", new
        {
            courseId = course.GetProperty("id").GetGuid(), startsOn = ApiClient.Today, endsOn = ApiClient.Today.AddDays(1), place = "Chihuahua",
            country = "MX", capacity = 0, instructors = new[] { "Marta Gómez" },
            sessions = new[] { new { module = 1, date = ApiClient.Today } },
        });
        Assert.Contains("capacity", (await offering.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name));

        var missingModule = await center.PostAsJsonAsync("/api/training/offerings", new
        {
            courseId = course.GetProperty("id").GetGuid(), startsOn = ApiClient.Today, endsOn = ApiClient.Today.AddDays(1), place = "Chihuahua",
            country = "MX", capacity = 10, instructors = new[] { "Marta Gómez" },
            sessions = new[] { new { module = 1, date = ApiClient.Today }, new { module = 3, date = ApiClient.Today.AddDays(5) } },
        });
        var errors = (await missingModule.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["sessions", "sessions[1].date", "sessions[1].module"], errors.EnumerateObject().Select(e => e.Name).Order());

        var courseProblem = await center.PostAsJsonAsync("/api/training/courses", new { code = "X", title = "T", audiences = new[] { "astronaut" }, modules = Array.Empty<object>() });
        Assert.StartsWith("audiences", (await courseProblem.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Single().Name);

        var duplicate = await center.PostAsJsonAsync("/api/training/courses", new
        {
            code = course.GetProperty("code").GetString(), title = "Again", audiences = new[] { "student" },
            modules = new[] { new { title = "M", topic = "ecodesign", days = 2 } },
        });
        Assert.Contains("code", (await duplicate.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("errors").EnumerateObject().Select(e => e.Name));

        var offeringId = (await center.ScheduleOfferingAsync(course)).GetProperty("id").GetGuid();
        var enrollment = await center.EnrollAsync(offeringId, "not-an-email");
        Assert.Contains("email", (await enrollment.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    private async Task<int> CountAsync(Func<TrainingDbContext, Task<int>> count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<TrainingDbContext>());
    }
}

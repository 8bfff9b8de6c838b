using System.Net;
using System.Net.Http.Json;
using CpPlatform.Contracts.Monitoring;
using CpPlatform.TestSupport;
using CpPlatform.Training.Tests.Api;

namespace CpPlatform.Training.Tests.Messaging;

public class ProgramActivitiesTests(TrainingFactory factory) : IClassFixture<TrainingFactory>
{
    [Fact]
    public async Task A_seat_is_sent_on_enrollment_and_again_when_it_is_cancelled_or_promoted_from_the_waitlist()
    {
        await using var activities = await ProgramActivityLog.StartAsync(factory);
        var centerId = ApiClient.NewCenterId();
        var center = factory.AsCenter(centerId);
        var course = await center.PublishCourseAsync(modules: 1);
        var startsOn = ApiClient.Today.AddDays(-3);
        var offeringId = (await center.ScheduleOfferingAsync(course, capacity: 1, lastDay: startsOn)).GetProperty("id").GetGuid();
        var (seatedEmail, waitingEmail) = (ApiClient.NewEmail(), ApiClient.NewEmail("student"));
        var seated = await center.EnrolledIdAsync(offeringId, seatedEmail);
        var waiting = await center.EnrolledIdAsync(offeringId, waitingEmail.ToUpperInvariant(), "student");

        var seat = await activities.WaitForAsync(ProgramActivityNames.TrainingSeat, seated);
        Assert.Equal(centerId, seat.CenterId);
        Assert.Equal(new ProgramActivity
        {
            Activity = ProgramActivityNames.TrainingSeat, Key = seated.ToString(), On = startsOn, Counts = true,
            Kind = course.GetProperty("code").GetString(), Category = "consultant", Person = PersonKey.Of(seatedEmail), GroupKey = offeringId.ToString(),
        }, seat.Activity);
        var waitlisted = (await activities.WaitForAsync(ProgramActivityNames.TrainingSeat, waiting)).Activity;
        Assert.Equal((false, "student", PersonKey.Of(waitingEmail)), (waitlisted.Counts, waitlisted.Category, waitlisted.Person));

        var cancelled = await center.PostAsJsonAsync($"/api/training/enrollments/{seated}/cancel", new { reason = "Moved away" }, ApiClient.Json);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);

        Assert.Equal(seat.Activity with { Counts = false },
            (await activities.WaitForAsync(ProgramActivityNames.TrainingSeat, seated, activity => !activity.Counts)).Activity);
        Assert.Equal(waitlisted with { Counts = true },
            (await activities.WaitForAsync(ProgramActivityNames.TrainingSeat, waiting, activity => activity.Counts)).Activity);
    }

    [Fact]
    public async Task A_completion_is_sent_with_its_day_and_the_seat_again()
    {
        await using var activities = await ProgramActivityLog.StartAsync(factory);
        var center = factory.AsCenter(ApiClient.NewCenterId());
        var course = await center.PublishCourseAsync(modules: 1);
        var offering = await center.ScheduleOfferingAsync(course);
        var email = ApiClient.NewEmail();
        var enrollmentId = await center.EnrolledIdAsync(offering.GetProperty("id").GetGuid(), email, "government-staff");
        await center.PayAsync(enrollmentId);
        await center.AttendAsync(offering, offering.Sessions()[0].Id, enrollmentId);

        var completion = await activities.WaitForAsync(ProgramActivityNames.TrainingCompletion, enrollmentId);
        Assert.Equal(new ProgramActivity
        {
            Activity = ProgramActivityNames.TrainingCompletion, Key = enrollmentId.ToString(), On = ApiClient.Today, Counts = true,
            Kind = course.GetProperty("code").GetString(), Category = "government-staff", Person = PersonKey.Of(email),
            GroupKey = offering.GetProperty("id").GetGuid().ToString(),
        }, completion.Activity);
        var sentWithIt = activities.Arrived.Single(message => message.Activities.Contains(completion.Activity));
        Assert.Contains(sentWithIt.Activities, activity => activity.Activity == ProgramActivityNames.TrainingSeat && activity.Key == enrollmentId.ToString()
                                                           && activity.Counts);
    }

    [Fact]
    public async Task An_issued_certificate_is_sent_and_a_suspension_does_not_take_it_back()
    {
        await using var activities = await ProgramActivityLog.StartAsync(factory);
        var centerId = ApiClient.NewCenterId();
        var email = ApiClient.NewEmail();
        await factory.ReadyForCertificationAsync(email, centerId: centerId);
        var national = factory.AsNational();
        var certificate = await national.PostOkAsync("/api/training/certifications", new { email }, HttpStatusCode.Created);
        var number = certificate.GetProperty("number").GetString();
        await national.PostOkAsync($"/api/training/certifications/{number}/suspend", new { reason = "Under review" });

        var issued = await activities.WaitForAsync(ProgramActivityNames.CertificateIssued, certificate.GetProperty("id").GetGuid());
        Assert.Equal(centerId, issued.CenterId);
        Assert.Equal(new ProgramActivity
        {
            Activity = ProgramActivityNames.CertificateIssued, Key = certificate.GetProperty("id").GetString()!,
            On = DateOnly.Parse(certificate.GetProperty("issuedOn").GetString()!), Counts = true, Category = "consultant", Person = PersonKey.Of(email),
        }, issued.Activity);
        Assert.Single(await activities.SentAsync(), sent => sent.Activity.Activity == ProgramActivityNames.CertificateIssued);
    }

    [Fact]
    public async Task A_replay_request_sends_every_seat_completion_and_certificate_again()
    {
        var centerId = ApiClient.NewCenterId();
        var email = ApiClient.NewEmail();
        await factory.ReadyForCertificationAsync(email, centerId: centerId);
        var certificate = await factory.AsNational().PostOkAsync("/api/training/certifications", new { email }, HttpStatusCode.Created);
        var enrollment = Assert.Single((await factory.AsCenter(centerId).GetJsonAsync("/api/training/enrollments")).GetProperty("items").EnumerateArray());
        var enrollmentId = enrollment.GetProperty("id").GetGuid();
        await factory.Database.WaitUntilOutboxRelayedAsync();

        await using var replayed = await ProgramActivityLog.StartAsync(factory);
        await factory.PublishAsync(new ProgramActivityReplayRequested
        {
            CenterId = ProgramActivityReplayRequested.AllCenters, OccurredAt = DateTimeOffset.UtcNow, ReplayId = Guid.NewGuid(),
        });

        var seat = await replayed.WaitForAsync(ProgramActivityNames.TrainingSeat, enrollmentId);
        var completion = await replayed.WaitForAsync(ProgramActivityNames.TrainingCompletion, enrollmentId);
        var issued = await replayed.WaitForAsync(ProgramActivityNames.CertificateIssued, certificate.GetProperty("id").GetGuid());
        Assert.All([seat, completion, issued], activity => Assert.Equal((centerId, true, PersonKey.Of(email)),
            (activity.CenterId, activity.Activity.Counts, activity.Activity.Person)));
        Assert.Equal(DateOnly.Parse(enrollment.GetProperty("completedOn").GetString()!), completion.Activity.On);
        Assert.Equal(DateOnly.Parse(certificate.GetProperty("issuedOn").GetString()!), issued.Activity.On);
    }
}

using System.Net;
using System.Text.Json;

namespace CpPlatform.Training.Tests.Api;

public class IndicatorsApiTests(TrainingFactory factory) : IClassFixture<TrainingFactory>
{
    [Fact]
    public async Task People_trained_completed_and_certified_are_counted_once_by_category_and_center()
    {
        var (northId, southId) = (ApiClient.NewCenterId(), ApiClient.NewCenterId());
        var (north, south) = (factory.AsCenter(northId), factory.AsCenter(southId));
        var student = ApiClient.NewEmail("student");
        var certified = ApiClient.NewEmail("certified");

        var northOffering = (await north.ScheduleOfferingAsync(await north.PublishCourseAsync(), capacity: 3)).GetProperty("id").GetGuid();
        await north.EnrolledIdAsync(northOffering, ApiClient.NewEmail(), "consultant");
        await north.EnrolledIdAsync(northOffering, student, "student");
        await north.EnrolledIdAsync(northOffering, ApiClient.NewEmail(), "government-staff");
        await north.EnrolledIdAsync(northOffering, ApiClient.NewEmail("waiting"), "consultant");
        var southOffering = (await south.ScheduleOfferingAsync(await south.PublishCourseAsync())).GetProperty("id").GetGuid();
        await south.EnrolledIdAsync(southOffering, student, "student");
        await factory.ReadyForCertificationAsync(certified, centerId: southId);
        await factory.AsNational().PostOkAsync("/api/training/certifications", new { email = certified }, HttpStatusCode.Created);

        var all = await factory.AsNational().GetJsonAsync("/api/training/indicators");

        Assert.Equal((4, 1, 1), Counts(all.GetProperty("totals")));
        Assert.Equal(
            [("consultant", (2, 1, 1)), ("government-staff", (1, 0, 0)), ("student", (1, 0, 0))],
            all.GetProperty("byCategory").EnumerateArray().Select(line => (line.GetProperty("category").GetString()!, Counts(line))));
        var byCenter = all.GetProperty("byCenter").EnumerateArray().ToDictionary(line => line.GetProperty("centerId").GetString()!, Counts);
        Assert.Equal((3, 0, 0), byCenter[northId]);
        Assert.Equal((2, 1, 1), byCenter[southId]);

        var ownView = await north.GetJsonAsync($"/api/training/indicators?centerId={southId}");
        Assert.Equal((3, 0, 0), Counts(ownView.GetProperty("totals")));
        Assert.Equal([northId], ownView.GetProperty("byCenter").EnumerateArray().Select(line => line.GetProperty("centerId").GetString()));
        Assert.Equal((2, 1, 1), Counts((await factory.AsNational().GetJsonAsync($"/api/training/indicators?centerId={southId}")).GetProperty("totals")));

        var before = await factory.AsNational().GetJsonAsync(
            $"/api/training/indicators?from={ApiClient.Today.AddDays(-30):yyyy-MM-dd}&to={ApiClient.Today.AddDays(-1):yyyy-MM-dd}");
        Assert.Equal((0, 0, 0), Counts(before.GetProperty("totals")));
        var reversed = await factory.AsNational().GetAsync($"/api/training/indicators?from={ApiClient.Today:yyyy-MM-dd}&to={ApiClient.Today.AddDays(-1):yyyy-MM-dd}");
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
    }

    private static (int, int, int) Counts(JsonElement line) =>
        (line.GetProperty("trained").GetInt32(), line.GetProperty("completed").GetInt32(), line.GetProperty("certified").GetInt32());
}

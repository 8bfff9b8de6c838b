using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CpPlatform.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Training.Tests.Api;

/// <summary>
/// Issue 13: a course fee (numeric(18,2)) beyond the money range, with more than 2 decimals, or negative, is a 400
/// naming the field and the rule: never a 500, never rounded.
/// </summary>
public class AmountRangeTests(TrainingFactory factory) : IClassFixture<TrainingFactory>
{
    private const decimal MaxMoney = 9_999_999_999_999.99m;

    [Theory]
    [InlineData("1e20")]
    [InlineData("10000000000000")]
    [InlineData("250.001")]
    [InlineData("-1")]
    public async Task A_fee_out_of_range_is_refused_naming_the_field_and_no_course_is_published(string fee)
    {
        var code = $"CP-{Guid.NewGuid():N}"[..12];

        var response = await factory.AsCenter(ApiClient.NewCenterId()).PostAsJsonAsync("/api/training/courses", Course(code, Parse(fee)), ApiClient.Json);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["fee"], problem.ErrorFields());
        Assert.Contains("9,999,999,999,999.99 with at most 2 decimals", problem.Errors("fee")[0]);
        Assert.Equal(0, await QueryAsync(db => db.Courses.IgnoreQueryFilters().CountAsync(course => course.Code == code)));
    }

    [Theory]
    [InlineData("9999999999999.99")]
    [InlineData("0")]
    public async Task A_fee_at_the_ends_of_the_range_is_kept_exactly(string fee)
    {
        var code = $"CP-{Guid.NewGuid():N}"[..12];

        var response = await factory.AsCenter(ApiClient.NewCenterId()).PostAsJsonAsync("/api/training/courses", Course(code, Parse(fee)), ApiClient.Json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(Parse(fee), await QueryAsync(db => db.Courses.IgnoreQueryFilters().Where(course => course.Code == code).Select(course => course.Fee).SingleAsync()));
        Assert.True(Parse(fee) <= MaxMoney);
    }

    private static object Course(string code, decimal fee) => new
    {
        code,
        title = "Cleaner production for consultants",
        audiences = new[] { "consultant" },
        fee,
        modules = new[] { new { title = "Module 1", topic = "best-practices", days = 1, phase = 1 } },
    };

    private static decimal Parse(string value) => decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    private async Task<T> QueryAsync<T>(Func<TrainingDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TrainingDbContext>());
    }
}

using System.Net;
using System.Net.Http.Json;

namespace CpPlatform.Assessments.Tests.Api;

/// <summary>Issue 13: every array in a request body has a maximum and rules for its elements; a breach is a 400 naming the field.</summary>
public class ArrayBoundsTests(AssessmentsFactory factory) : IClassFixture<AssessmentsFactory>
{
    [Fact]
    public async Task A_project_with_more_consultants_than_allowed_is_refused()
    {
        var centerId = ApiClient.NewCenterId();
        var enterpriseId = await factory.RegisterEnterpriseAsync(centerId);
        var consultants = Enumerable.Range(1, 11).Select(i => new { name = $"Consultant {i}", email = $"c{i}@consult.mx" });

        var response = await factory.AsCenter(centerId).PostAsJsonAsync("/api/assessments/projects", Project(enterpriseId, consultants), ApiClient.Json);

        Assert.Equal(["When given: at most 10 consultants."], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("consultants"));
    }

    [Fact]
    public async Task A_consultant_named_twice_or_a_null_one_is_refused_naming_the_element()
    {
        var centerId = ApiClient.NewCenterId();
        var enterpriseId = await factory.RegisterEnterpriseAsync(centerId);
        object?[] consultants = [new { name = "Luis Pérez", email = "luis@consult.mx" }, new { name = "Luis P.", email = " Luis@Consult.mx" }, null];

        var response = await factory.AsCenter(centerId).PostAsJsonAsync("/api/assessments/projects", Project(enterpriseId, consultants), ApiClient.Json);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["consultants[1]", "consultants[2]"], problem.ErrorFields());
        Assert.Equal(["Repeats consultants[0]."], problem.Errors("consultants[1]"));
    }

    private static object Project(Guid enterpriseId, object consultants) =>
        new { enterpriseId, locallySignificantImpact = true, managementCommitment = true, consultants };
}

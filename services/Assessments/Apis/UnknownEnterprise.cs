using Microsoft.AspNetCore.Http.HttpResults;

namespace CpPlatform.Assessments.Apis;

internal static class UnknownEnterprise
{
    /// <summary>The enterprise's snapshot has not arrived (or belongs to another center, which looks the same).</summary>
    public static ProblemHttpResult Problem(Guid enterpriseId) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "The enterprise is not known to assessments.",
        detail: $"Enterprise {enterpriseId} is not in this center's register, or its registration has not reached this service yet.");
}

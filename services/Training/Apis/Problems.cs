using Microsoft.AspNetCore.Http.HttpResults;

namespace CpPlatform.Training.Apis;

internal static class Problems
{
    /// <summary>422 naming each unmet certification requirement.</summary>
    public static ProblemHttpResult NotCertifiable(IReadOnlyList<Domain.UnmetRequirement> unmet) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "The consultant does not meet every certification requirement.",
        detail: $"Unmet: {string.Join(", ", unmet.Select(requirement => requirement.Requirement))}.",
        extensions: new Dictionary<string, object?> { ["unmetRequirements"] = unmet });
}

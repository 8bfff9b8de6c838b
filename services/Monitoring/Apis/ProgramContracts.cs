using CpPlatform.Monitoring.Domain;

namespace CpPlatform.Monitoring.Apis;

public sealed record ProgramRequest(string? Code, string? Title, string? Donor, DateOnly? StartsOn, DateOnly? EndsOn, List<string>? CenterIds);

public sealed record ProgramResponse(
    Guid Id, string Code, string Title, string Donor, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<string> CenterIds, DateTimeOffset CreatedAt)
{
    public static ProgramResponse From(FundedProgram program) => new(
        program.Id, program.Code, program.Title, program.Donor, program.StartsOn, program.EndsOn, program.CenterIds, program.CreatedAt);
}

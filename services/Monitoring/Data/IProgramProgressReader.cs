using CpPlatform.Monitoring.Domain;

namespace CpPlatform.Monitoring.Data;

/// <summary>
/// Reads a program's progress as the calling client may see it (a center only its own share, a donor only the programs
/// it funds): null when the program does not exist for this client. Progress answers and both reports read through it.
/// </summary>
public interface IProgramProgressReader
{
    Task<ProgramProgress?> ReadAsync(Guid programId, DateOnly? asOf, string? centerId, int? year, CancellationToken cancellationToken);
}

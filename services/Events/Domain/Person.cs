namespace CpPlatform.Events.Domain;

/// <summary>Someone registering: <see cref="EnterpriseId"/> names the company they attend for (companies only).</summary>
public sealed record Person(string Name, string Email, string? Organisation, StakeholderCategory Category, Guid? EnterpriseId);

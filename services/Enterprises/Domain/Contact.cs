namespace CpPlatform.Enterprises.Domain;

public sealed record Contact(string Name, string? Role, string? Email, string? Phone);

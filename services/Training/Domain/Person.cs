namespace CpPlatform.Training.Domain;

/// <summary>Who enrolls.</summary>
public sealed record Person(string Name, string Email, string? Organisation, ParticipantCategory Category)
{
    /// <summary>Emails are compared lower-case and without surrounding spaces.</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}

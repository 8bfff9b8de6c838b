namespace CpPlatform.Events.Domain;

/// <summary>A person is known by their email address across events, however they typed it.</summary>
public static class EmailAddress
{
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}

namespace CpPlatform.Events.Domain;

public enum RegistrationSource
{
    /// <summary>Registered by the center's staff.</summary>
    Staff,

    /// <summary>Registered themselves through the public site.</summary>
    Public,

    /// <summary>Came to the door without registering and was checked in there.</summary>
    WalkIn,
}

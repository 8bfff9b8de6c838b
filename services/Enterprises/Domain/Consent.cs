namespace CpPlatform.Enterprises.Domain;

/// <summary>One consent of an enterprise, with who recorded its current value and when.</summary>
public sealed record Consent(bool Granted, string RecordedBy, DateTimeOffset RecordedAt)
{
    /// <summary>Keeps the original record when the value does not change, so the audit trail stays true.</summary>
    public Consent Set(bool granted, string recordedBy, DateTimeOffset now) =>
        granted == Granted ? this : new Consent(granted, recordedBy, now);
}

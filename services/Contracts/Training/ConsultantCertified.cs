namespace CpPlatform.Contracts.Training;

/// <summary>
/// A consultant holds a valid certificate (newly issued, or reinstated after a suspension); the roster other
/// services draw experts from is the set of these not followed by <see cref="CertificateRevoked"/> or
/// <see cref="CertificateSuspended"/>.
/// </summary>
public sealed record ConsultantCertified : IntegrationEvent
{
    public required string CertificateNumber { get; init; }
    public required string ConsultantEmail { get; init; }
    public required string ConsultantName { get; init; }
    public required string Country { get; init; }
    public required DateOnly IssuedOn { get; init; }
    public required DateOnly ValidUntil { get; init; }

    /// <summary>
    /// The end of <see cref="ValidUntil"/> at the center that trained the consultant, when the certificate expires
    /// everywhere; absent from messages sent before centers had time zones (then the end of that day in UTC).
    /// </summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}

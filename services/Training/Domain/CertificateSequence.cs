namespace CpPlatform.Training.Domain;

/// <summary>The last certificate sequence drawn for a country and year; drawing the next one locks the row until commit.</summary>
public sealed class CertificateSequence
{
    public string Country { get; init; } = "";
    public int Year { get; init; }
    public int LastValue { get; init; }
}

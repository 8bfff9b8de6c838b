namespace CpPlatform.Training.Domain;

public enum FeeStatus
{
    Due,
    Paid,

    /// <summary>Nothing to pay: a free course, or a fee the center waived.</summary>
    Waived,
}

namespace CpPlatform.Training.Domain;

/// <summary>What the platform knows about a consultant when certification is asked for.</summary>
public sealed record CertificationEvidence(bool CompletedConsultantTraining, int? BestProjectScore, bool PassedExam);

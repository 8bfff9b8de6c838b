using CpPlatform.Events.Domain;

namespace CpPlatform.Events.Apis;

/// <summary>A question from the public; <c>centerId</c> names the center asked, <c>enterpriseId</c> the asker's company if any.</summary>
public sealed record QuestionRequest(
    string? CenterId, string? Name, string? Email, string? Question, string? Organisation = null, Guid? EnterpriseId = null, string? Sector = null);

/// <summary>What the asker is told back; the answer reaches them from the center.</summary>
public sealed record QuestionReceipt(Guid Id, string CenterId, QuestionStatus Status, DateTimeOffset ReceivedAt)
{
    public static QuestionReceipt From(ExpertQuestion q) => new(q.Id, q.CenterId, q.Status, q.ReceivedAt);
}

public sealed record QuestionResponse(
    Guid Id,
    string CenterId,
    string AskerName,
    string AskerEmail,
    string? Organisation,
    Guid? EnterpriseId,
    string? Sector,
    string Question,
    QuestionStatus Status,
    DateTimeOffset ReceivedAt,
    string? ExpertEmail,
    string? ExpertName,
    DateTimeOffset? AssignedAt,
    string? Answer,
    DateTimeOffset? AnsweredAt)
{
    public static QuestionResponse From(ExpertQuestion q) => new(
        q.Id, q.CenterId, q.AskerName, q.AskerEmail, q.Organisation, q.EnterpriseId, q.Sector, q.Text, q.Status, q.ReceivedAt, q.ExpertEmail,
        q.ExpertName, q.AssignedAt, q.Answer, q.AnsweredAt);
}

public sealed record AssignmentRequest(string? ConsultantEmail);

public sealed record AnswerRequest(string? Answer);

public sealed record ExpertResponse(string CertificateNumber, string Email, string Name, string Country, string CenterId, DateOnly? ValidUntil)
{
    public static ExpertResponse From(CertifiedConsultant c) => new(c.CertificateNumber, c.Email, c.Name, c.Country, c.CenterId, c.ValidUntil);
}

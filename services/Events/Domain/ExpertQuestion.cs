using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Problems;

namespace CpPlatform.Events.Domain;

/// <summary>An "ask the expert" question from the public or an enterprise, answered by a certified consultant.</summary>
public sealed class ExpertQuestion : ICenterOwned
{
    private ExpertQuestion()
    {
    }

    public Guid Id { get; private init; }
    public string CenterId { get; private init; } = "";
    public string AskerName { get; private init; } = "";
    public string AskerEmail { get; private init; } = "";
    public string? Organisation { get; private init; }
    public Guid? EnterpriseId { get; private init; }
    public string? Sector { get; private init; }
    public string Text { get; private init; } = "";

    /// <summary>The asker's <c>Idempotency-Key</c>, when given: a retried submission returns this question.</summary>
    public string? IdempotencyKey { get; private init; }
    public QuestionStatus Status { get; private set; }
    public DateTimeOffset ReceivedAt { get; private init; }
    public string? ExpertEmail { get; private set; }
    public string? ExpertName { get; private set; }
    public string? AssignedBy { get; private set; }
    public DateTimeOffset? AssignedAt { get; private set; }
    public string? Answer { get; private set; }
    public string? AnsweredBy { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    public static ExpertQuestion Ask(
        string centerId, string askerName, string askerEmail, string? organisation, Guid? enterpriseId, string? sector, string text,
        string? idempotencyKey, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        CenterId = centerId,
        AskerName = askerName,
        AskerEmail = EmailAddress.Normalize(askerEmail),
        Organisation = organisation,
        EnterpriseId = enterpriseId,
        Sector = sector,
        Text = text,
        IdempotencyKey = idempotencyKey,
        Status = QuestionStatus.Received,
        ReceivedAt = now,
    };

    /// <summary>Whether a submission with this question's key (and asker) is its retry: the same question, word for word.</summary>
    public bool IsSameSubmission(string centerId, string askerName, string? organisation, Guid? enterpriseId, string? sector, string text) =>
        CenterId == centerId && AskerName == askerName && Organisation == organisation && EnterpriseId == enterpriseId && Sector == sector && Text == text;

    /// <summary>Gives the question to a consultant on the roster; it may be handed to another until it is answered.</summary>
    public void AssignTo(CertifiedConsultant expert, string by, DateTimeOffset now)
    {
        if (Status == QuestionStatus.Answered)
        {
            throw new ConflictException("consultantEmail", "The question has been answered already.");
        }
        ExpertEmail = expert.Email;
        ExpertName = expert.Name;
        AssignedBy = by;
        AssignedAt = now;
        Status = QuestionStatus.Assigned;
    }

    public void RecordAnswer(string answer, string by, DateTimeOffset now)
    {
        if (Status == QuestionStatus.Received)
        {
            throw new ConflictException("answer", "Assign the question to a certified consultant before recording the answer.");
        }
        if (Status == QuestionStatus.Answered)
        {
            throw new ConflictException("answer", "The question has been answered already.");
        }
        Answer = answer;
        AnsweredBy = by;
        AnsweredAt = now;
        Status = QuestionStatus.Answered;
    }
}

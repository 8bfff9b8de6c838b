namespace CpPlatform.Events.Domain;

public enum QuestionStatus
{
    Received,
    Assigned,
    Answered,
}

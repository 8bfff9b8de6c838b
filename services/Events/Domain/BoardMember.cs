using CpPlatform.ServiceDefaults.Data;

namespace CpPlatform.Events.Domain;

/// <summary>A seat on the center's advisory board (about eight members from government, banking, academia, ...).</summary>
public sealed class BoardMember : ICenterOwned
{
    private BoardMember()
    {
    }

    public Guid Id { get; private init; }
    public string CenterId { get; private init; } = "";
    public string Name { get; private set; } = "";
    public string? Email { get; private set; }
    public StakeholderCategory Category { get; private set; }
    public string Organisation { get; private set; } = "";
    public DateOnly TermStart { get; private set; }

    /// <summary>The last day of the term; none while the term is open-ended.</summary>
    public DateOnly? TermEnd { get; private set; }

    public static BoardMember Appoint(string centerId, BoardMemberDetails details)
    {
        var member = new BoardMember { Id = Guid.CreateVersion7(), CenterId = centerId };
        member.Change(details);
        return member;
    }

    public void Change(BoardMemberDetails details)
    {
        Name = details.Name;
        Email = details.Email;
        Category = details.Category;
        Organisation = details.Organisation;
        TermStart = details.TermStart;
        TermEnd = details.TermEnd;
    }

    public bool IsSeatedOn(DateOnly day) => TermStart <= day && (TermEnd is null || day <= TermEnd);
}

public sealed record BoardMemberDetails(string Name, string? Email, StakeholderCategory Category, string Organisation, DateOnly TermStart, DateOnly? TermEnd);

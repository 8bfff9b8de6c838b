namespace CpPlatform.Monitoring.Domain;

/// <summary>A program a donor funds: its period and the centers it judges by its logframe.</summary>
public sealed class FundedProgram
{
    private FundedProgram()
    {
    }

    public Guid Id { get; private init; }
    public string Code { get; private init; } = "";
    public string Title { get; private init; } = "";

    /// <summary>The funder's donor id (a slug such as <c>idb</c>): its donor client reads this program.</summary>
    public string Donor { get; private init; } = "";
    public DateOnly StartsOn { get; private init; }
    public DateOnly EndsOn { get; private init; }
    public List<string> CenterIds { get; private init; } = [];
    public string CreatedBy { get; private init; } = "";
    public DateTimeOffset CreatedAt { get; private init; }

    /// <summary>The calendar years the program runs in, first to last.</summary>
    public IEnumerable<int> Years => Enumerable.Range(StartsOn.Year, EndsOn.Year - StartsOn.Year + 1);

    public static FundedProgram Start(string code, string title, string donor, DateOnly startsOn, DateOnly endsOn, IEnumerable<string> centerIds,
        string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        Code = code,
        Title = title,
        Donor = donor,
        StartsOn = startsOn,
        EndsOn = endsOn,
        CenterIds = [.. centerIds],
        CreatedBy = by,
        CreatedAt = now,
    };

    public ProgramSummary Summary() => new(Id, Code, Title, Donor, StartsOn, EndsOn, CenterIds);
}

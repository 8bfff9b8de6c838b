namespace CpPlatform.Gateway.Benchmark;

/// <summary>
/// The portfolio scenario's center: 10,000 demonstration projects at 8,000 plants (2,000 plants have a second project)
/// in five sectors, 10 options each in every status, as the assessments service would hold them after a few years.
/// Every figure is a function of the project's and the option's number, so the rows and the portfolio they must add up
/// to come from one place.
/// </summary>
internal static class SeededPortfolio
{
    public const string CenterId = "bench-portfolio";
    public const string SelectedBy = "bench-portfolio-center";
    public const int ProjectCount = 10_000;
    public const int OptionsPerProject = 10;
    private const int PlantCount = 8_000;

    private static readonly string[] Sectors = ["leather-tanning", "dairy", "textiles", "metal-finishing", "hotels-tourism"];
    private static readonly (string SizeClass, decimal CompanyShare)[] Sizes = [("micro", 0.20m), ("small", 0.35m), ("medium", 0.50m)];
    private static readonly string[] Categories =
    [
        "GoodHousekeeping", "InputSubstitution", "TechnologyChange", "ProcessControl", "EquipmentModification",
        "OnsiteReuseRecycling", "UsefulByProduct", "ProductModification",
    ];
    private static readonly string[] Phases = ["PlanningOrganisation", "PreAssessment", "Assessment", "EvaluationFeasibility", "ImplementationContinuation", "Closed"];

    // A project past feasibility has options in every status; one still in feasibility has none implemented yet.
    private static readonly string[] StatusesAfterFeasibility =
        ["Proposed", "Accepted", "Rejected", "Implemented", "Implemented", "Implemented", "Verified", "Verified", "Verified", "Verified"];
    private static readonly string[] StatusesInFeasibility = ["Proposed", "Accepted", "Rejected"];

    private static readonly DateTimeOffset FirstSelection = new(2023, 1, 2, 15, 0, 0, TimeSpan.Zero);
    private const decimal ProjectCost = 8_000m;

    public static IEnumerable<Plant> Plants() => Enumerable.Range(0, PlantCount).Select(number =>
    {
        var (sizeClass, _) = Sizes[number % Sizes.Length];
        return new Plant(Id(1, number), Sectors[number % Sectors.Length], sizeClass, $"Benchmark plant {number + 1:D5}", $"BENCHPF{number + 1:D5}", number % 2 == 0);
    });

    public static IEnumerable<Project> Projects() => Enumerable.Range(0, ProjectCount).Select(number =>
    {
        var plant = number % PlantCount;
        var selectedAt = FirstSelection.AddHours(2 * number);
        var phase = (number % 4) switch { 0 => "EvaluationFeasibility", 3 => "Closed", _ => "ImplementationContinuation" };
        var history = Phases.Skip(1).Take(Array.IndexOf(Phases, phase))
            .Select((to, index) => new PhaseChange(Phases[index], to, SelectedBy, selectedAt.AddDays(7 * (index + 1)), null))
            .ToList();
        var companyPays = ProjectCost * Sizes[plant % Sizes.Length].CompanyShare;
        var options = Enumerable.Range(0, OptionsPerProject).Select(option => OptionOf(number, option, phase, selectedAt)).ToList();
        var verifiedAt = options.Where(option => option.Status == "Verified").Select(option => (DateTimeOffset?)option.UpdatedAt).Min();
        var baseline = phase == "EvaluationFeasibility"
            ? null
            : new Measurement(DateOnly.FromDateTime(selectedAt.AddYears(-1).UtcDateTime), DateOnly.FromDateTime(selectedAt.AddDays(-1).UtcDateTime),
                120_000m + number, 3_000m, 400m, 60m, 2.5m, 2_500m, 55m, 1_000m, "t");
        return new Project(Id(2, number), Id(1, plant), phase, verifiedAt, selectedAt, options.Max(option => option.UpdatedAt),
            companyPays, ProjectCost - companyPays, [new Consultant("Ana Ruiz", "ana.ruiz@example.org")], history, baseline, options);
    });

    private static Option OptionOf(int project, int number, string phase, DateTimeOffset selectedAt)
    {
        var status = phase == "EvaluationFeasibility"
            ? StatusesInFeasibility[number % StatusesInFeasibility.Length]
            : StatusesAfterFeasibility[(project + number) % StatusesAfterFeasibility.Length];
        var investment = 500m + (project * 37 + number * 1_013) % 40_000 + 0.25m * (number % 4);
        var annualSavings = 200m + (project * 53 + number * 211) % 15_000 + 0.5m * (number % 2);
        var implemented = status is "Implemented" or "Verified";
        decimal? actualInvestment = implemented && number % 2 == 0 ? Math.Round(investment * 0.9m, 2) : null;
        decimal? verifiedSavings = status == "Verified" ? Math.Round(annualSavings * 1.05m, 2) : null;
        var decidedAt = selectedAt.AddDays(30 + number);
        return new Option(
            Id(3, project * OptionsPerProject + number), Categories[(project + number) % Categories.Length],
            $"Benchmark option {number + 1} of project {project + 1}", number == 9, investment, annualSavings,
            EnergyKwh: 1_000m * number, WaterM3: 10m * number, EmissionsTco2e: 0.5m * number,
            status, status == "Rejected" ? (number % 2 == 0 ? "Economic" : "Technical") : null,
            implemented ? DateOnly.FromDateTime(decidedAt.UtcDateTime) : null, actualInvestment, verifiedSavings,
            implemented ? actualInvestment ?? investment : null, implemented ? verifiedSavings ?? annualSavings : null,
            status switch { "Implemented" => decidedAt.AddDays(1), "Verified" => decidedAt.AddDays(200), _ => decidedAt });
    }

    /// <summary>What <c>GET /api/assessments/portfolio</c> must answer for this center, sector by sector.</summary>
    public static IReadOnlyDictionary<string, ExpectedLine> ExpectedSectors()
    {
        var sectorOfPlant = Plants().ToDictionary(plant => plant.Id, plant => plant.Sector);
        return Projects()
            .GroupBy(project => sectorOfPlant[project.PlantId])
            .ToDictionary(sector => sector.Key, sector =>
            {
                var options = sector.SelectMany(project => project.Options).ToList();
                return new ExpectedLine(
                    sector.Select(project => project.PlantId).Distinct().Count(),
                    options.Count(option => option.Status != "Rejected"),
                    options.Count(option => option.Status is "Implemented" or "Verified"),
                    options.Sum(option => option.ImplementedInvestment ?? 0),
                    options.Sum(option => option.ImplementedAnnualSavings ?? 0));
            });
    }

    /// <summary>Fixed ids, so a project can be read back by its number: kind 1 plants, 2 projects, 3 options.</summary>
    public static Guid Id(int kind, int number) => Guid.Parse($"b0000000-000{kind}-7000-8000-{number:x12}");

    internal sealed record Plant(Guid Id, string Sector, string SizeClass, string LegalName, string TaxId, bool ShareWithBanks);

    internal sealed record Project(
        Guid Id, Guid PlantId, string Phase, DateTimeOffset? VerifiedAt, DateTimeOffset SelectedAt, DateTimeOffset UpdatedAt,
        decimal CompanyPays, decimal ProgramPays, IReadOnlyList<Consultant> Consultants, IReadOnlyList<PhaseChange> PhaseHistory,
        Measurement? Baseline, IReadOnlyList<Option> Options)
    {
        // The totals the service keeps on each project with every change of one of its options.
        public int RecommendedOptions => Options.Count(option => option.Status != "Rejected");
        public int ImplementedOptions => Options.Count(option => option.Status is "Implemented" or "Verified");
        public decimal ImplementedInvestment => Options.Sum(option => option.ImplementedInvestment ?? 0);
        public decimal ImplementedAnnualSavings => Options.Sum(option => option.ImplementedAnnualSavings ?? 0);
    }

    internal sealed record Option(
        Guid Id, string Category, string Description, bool Confidential, decimal Investment, decimal AnnualSavings,
        decimal EnergyKwh, decimal WaterM3, decimal EmissionsTco2e, string Status, string? RejectionReason, DateOnly? ImplementedOn,
        decimal? ActualInvestment, decimal? VerifiedAnnualSavings, decimal? ImplementedInvestment, decimal? ImplementedAnnualSavings,
        DateTimeOffset UpdatedAt);

    // The JSON documents as the service's EF model stores them (property names as in its C# records).
    internal sealed record Consultant(string Name, string Email);

    internal sealed record PhaseChange(string From, string To, string By, DateTimeOffset At, string? Reason);

    internal sealed record Measurement(
        DateOnly PeriodStart, DateOnly PeriodEnd, decimal EnergyKwh, decimal WaterM3, decimal MaterialsT, decimal WasteT,
        decimal HazardousWasteT, decimal WastewaterM3, decimal EmissionsTco2e, decimal OutputQuantity, string OutputUnit);

    internal sealed record ExpectedLine(int Plants, int RecommendedOptions, int ImplementedOptions, decimal Investment, decimal AnnualSavings);
}

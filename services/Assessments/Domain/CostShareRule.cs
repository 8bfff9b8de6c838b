namespace CpPlatform.Assessments.Domain;

/// <summary>
/// How a project's cost is split: the company pays a share by its size class, the program the rest
/// (configuration section <c>Assessments:CostShare</c>).
/// </summary>
public sealed class CostShareRule
{
    public const string Section = "Assessments:CostShare";

    public decimal ProjectCost { get; set; } = 8_000m;
    public decimal MicroCompanyShare { get; set; } = 0.20m;
    public decimal SmallCompanyShare { get; set; } = 0.35m;
    public decimal MediumCompanyShare { get; set; } = 0.50m;

    /// <summary>Only SMEs are selected, so a large enterprise has no share.</summary>
    public CostShare Split(string sizeClass)
    {
        var companyShare = sizeClass switch
        {
            "micro" => MicroCompanyShare,
            "small" => SmallCompanyShare,
            "medium" => MediumCompanyShare,
            _ => throw new ArgumentOutOfRangeException(nameof(sizeClass), sizeClass, "Only micro, small and medium enterprises share a project's cost."),
        };
        var companyPays = ProjectCost * companyShare;
        return new CostShare(ProjectCost, companyPays, ProjectCost - companyPays);
    }
}

using CpPlatform.Assessments.Domain;

namespace CpPlatform.Assessments.Apis;

public sealed record CaseStudySummary(Guid Id, string Sector, string Country, string SizeClass, DateTimeOffset VerifiedAt);

/// <summary>An implemented option as the public sees it: a confidential option shows only its category.</summary>
public sealed record CaseStudyOption(OptionCategory Category, string? Description, OptionStatus Status)
{
    public static CaseStudyOption From(ProjectOption option) =>
        new(option.Category, option.Confidential ? null : option.Description, option.Status);
}

/// <summary>
/// A published result. It leaves out the company's confidential process data: measured quantities, findings,
/// confidential options' descriptions, tax id and contacts.
/// </summary>
public sealed record CaseStudyResponse(
    Guid Id, string Sector, string Country, string SizeClass, DateTimeOffset VerifiedAt, IReadOnlyList<CaseStudyOption> OptionsImplemented,
    EconomicsDto Economics)
{
    public static CaseStudyResponse From(DemonstrationProject project, EnterpriseSnapshot enterprise) => new(
        project.Id, enterprise.Sector, enterprise.Country, enterprise.SizeClass, project.VerifiedAt!.Value,
        project.Options.Where(option => option.IsImplemented).OrderBy(option => option.Id).Select(CaseStudyOption.From).ToList(),
        EconomicsDto.From(project.Economics));
}

using CpPlatform.Enterprises.Domain;

namespace CpPlatform.Enterprises.Apis;

public sealed record ContactDto(string? Name, string? Role = null, string? Email = null, string? Phone = null);

public sealed record ConsentsRequest(bool PublishResults, bool ShareWithBanks);

/// <summary>The body of both register (POST) and update (PUT): what a center states about an enterprise.</summary>
/// <remarks>Optional fields have defaults: the OpenAPI document lists the others as required.</remarks>
public sealed record EnterpriseRequest(
    string? LegalName,
    string? TaxId,
    string? Country,
    string? State,
    string? Municipality,
    Sector? Sector,
    int? Employees,
    decimal? AnnualSalesUsd,
    string? Watershed = null,
    string? Subsector = null,
    IReadOnlyList<ContactDto>? Contacts = null,
    ConsentsRequest? Consents = null);

public sealed record ConsentDto(bool Granted, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static ConsentDto From(Consent consent) => new(consent.Granted, consent.RecordedBy, consent.RecordedAt);
}

public sealed record ConsentsResponse(ConsentDto PublishResults, ConsentDto ShareWithBanks);

public sealed record ProductionOutputDto(decimal? Quantity, string? Unit);

public sealed record BaselineRequest(
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    decimal? EnergyKwh,
    decimal? WaterM3,
    decimal? MaterialsT,
    decimal? WasteT,
    decimal? HazardousWasteT,
    decimal? WastewaterM3,
    decimal? EmissionsTco2e,
    ProductionOutputDto? Output);

/// <summary>Output per unit of each resource used (higher is better).</summary>
public sealed record ResourceProductivityDto(decimal? OutputPerEnergyKwh, decimal? OutputPerWaterM3, decimal? OutputPerMaterialsT);

/// <summary>Pollution per unit of output (lower is better).</summary>
public sealed record PollutionIntensityDto(
    decimal? WasteTPerOutput, decimal? HazardousWasteTPerOutput, decimal? WastewaterM3PerOutput, decimal? EmissionsTco2ePerOutput);

public sealed record IndicatorsDto(ResourceProductivityDto ResourceProductivity, PollutionIntensityDto PollutionIntensity)
{
    /// <summary>Indicators are rounded here, for presentation only; they are computed unrounded.</summary>
    private const int Decimals = 6;

    public static IndicatorsDto From(ResourceEfficiencyIndicators indicators) => new(
        new ResourceProductivityDto(Round(indicators.OutputPerEnergyKwh), Round(indicators.OutputPerWaterM3), Round(indicators.OutputPerMaterialsT)),
        new PollutionIntensityDto(
            Round(indicators.WasteTPerOutput),
            Round(indicators.HazardousWasteTPerOutput),
            Round(indicators.WastewaterM3PerOutput),
            Round(indicators.EmissionsTco2ePerOutput)));

    private static decimal? Round(decimal? value) => value is { } number ? Math.Round(number, Decimals, MidpointRounding.AwayFromZero) : null;
}

public sealed record BaselineResponse(
    Guid Id,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal EnergyKwh,
    decimal WaterM3,
    decimal MaterialsT,
    decimal WasteT,
    decimal HazardousWasteT,
    decimal WastewaterM3,
    decimal EmissionsTco2e,
    ProductionOutputDto Output,
    IndicatorsDto Indicators,
    string RecordedBy,
    DateTimeOffset RecordedAt)
{
    public static BaselineResponse From(Baseline baseline) => new(
        baseline.Id, baseline.PeriodStart, baseline.PeriodEnd, baseline.EnergyKwh, baseline.WaterM3, baseline.MaterialsT,
        baseline.WasteT, baseline.HazardousWasteT, baseline.WastewaterM3, baseline.EmissionsTco2e,
        new ProductionOutputDto(baseline.Output.Quantity, baseline.Output.Unit), IndicatorsDto.From(baseline.Indicators),
        baseline.RecordedBy, baseline.RecordedAt);
}

public sealed record EnterpriseResponse(
    Guid Id,
    string CenterId,
    string LegalName,
    string TaxId,
    string Country,
    string State,
    string Municipality,
    string? Watershed,
    Sector Sector,
    string? Subsector,
    int Employees,
    decimal AnnualSalesUsd,
    SizeClass SizeClass,
    bool IsSme,
    EngagementStage Stage,
    IReadOnlyList<ContactDto> Contacts,
    ConsentsResponse Consents,
    IReadOnlyList<BaselineResponse> Baselines,
    long Revision,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static EnterpriseResponse From(Enterprise enterprise) => new(
        enterprise.Id, enterprise.CenterId, enterprise.LegalName, enterprise.TaxId, enterprise.Country, enterprise.State,
        enterprise.Municipality, enterprise.Watershed, enterprise.Sector, enterprise.Subsector, enterprise.Employees,
        enterprise.AnnualSalesUsd, enterprise.SizeClass, enterprise.IsSme, enterprise.Stage,
        enterprise.Contacts.Select(contact => new ContactDto(contact.Name, contact.Role, contact.Email, contact.Phone)).ToList(),
        new ConsentsResponse(ConsentDto.From(enterprise.PublishResults), ConsentDto.From(enterprise.ShareWithBanks)),
        enterprise.Baselines.OrderBy(baseline => baseline.PeriodStart).Select(BaselineResponse.From).ToList(),
        enterprise.Revision, enterprise.CreatedAt, enterprise.UpdatedAt);
}

/// <summary>One row of the register's search results.</summary>
public sealed record EnterpriseSummary(
    Guid Id,
    string CenterId,
    string LegalName,
    string TaxId,
    string Country,
    string State,
    string Municipality,
    Sector Sector,
    int Employees,
    decimal AnnualSalesUsd,
    SizeClass SizeClass,
    bool IsSme,
    EngagementStage Stage);

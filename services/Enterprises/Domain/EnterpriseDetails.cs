namespace CpPlatform.Enterprises.Domain;

/// <summary>What a center states about an enterprise; everything else (size class, SME, stage) is derived.</summary>
public sealed record EnterpriseDetails(
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
    IReadOnlyList<Contact> Contacts,
    bool PublishResults,
    bool ShareWithBanks);

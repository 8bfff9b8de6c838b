using CpPlatform.ServiceDefaults.Data;

namespace CpPlatform.Enterprises.Domain;

/// <summary>A small or medium enterprise in a center's register.</summary>
public sealed class Enterprise : ICenterOwned
{
    private Enterprise()
    {
    }

    public Guid Id { get; private init; }
    public string CenterId { get; private init; } = "";
    public string LegalName { get; private set; } = "";
    public string TaxId { get; private set; } = "";
    public string Country { get; private set; } = "";
    public string State { get; private set; } = "";
    public string Municipality { get; private set; } = "";
    public string? Watershed { get; private set; }
    public Sector Sector { get; private set; }
    public string? Subsector { get; private set; }
    public int Employees { get; private set; }
    public decimal AnnualSalesUsd { get; private set; }
    public SizeClass SizeClass { get; private set; }
    public bool IsSme { get; private set; }
    public EngagementStage Stage { get; private set; }
    public List<Contact> Contacts { get; private set; } = [];
    public Consent PublishResults { get; private set; } = null!;
    public Consent ShareWithBanks { get; private set; } = null!;
    public List<Baseline> Baselines { get; private init; } = [];

    /// <summary>Grows with every change announced to other services, so they can tell a newer snapshot from an older one.</summary>
    public long Revision { get; private set; }
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Enterprise Register(string centerId, EnterpriseDetails details, SizeRule sizeRule, string recordedBy, DateTimeOffset now)
    {
        var enterprise = new Enterprise
        {
            Id = Guid.CreateVersion7(),
            CenterId = centerId,
            Stage = EngagementStage.Prospect,
            PublishResults = new Consent(details.PublishResults, recordedBy, now),
            ShareWithBanks = new Consent(details.ShareWithBanks, recordedBy, now),
            CreatedAt = now,
            Revision = 1,
        };
        enterprise.Apply(details, sizeRule, recordedBy, now);
        return enterprise;
    }

    public void Update(EnterpriseDetails details, SizeRule sizeRule, string recordedBy, DateTimeOffset now)
    {
        Apply(details, sizeRule, recordedBy, now);
        Touch(now);
    }

    /// <summary>Applies a center's new size rule; true when the size class or SME status changed.</summary>
    public bool Reclassify(SizeRule sizeRule, DateTimeOffset now)
    {
        var sizeClass = sizeRule.Classify(Employees);
        var isSme = sizeRule.IsSme(Employees, AnnualSalesUsd);
        if (sizeClass == SizeClass && isSme == IsSme)
        {
            return false;
        }
        (SizeClass, IsSme) = (sizeClass, isSme);
        Touch(now);
        return true;
    }

    /// <summary>
    /// Moves the enterprise forward in its engagement. Stages only advance: news of an earlier stage (events may arrive
    /// late or twice) changes nothing and returns false.
    /// </summary>
    public bool AdvanceTo(EngagementStage stage, DateTimeOffset now)
    {
        if (stage <= Stage)
        {
            return false;
        }
        Stage = stage;
        Touch(now);
        return true;
    }

    public Baseline AddBaseline(BaselineReadings readings, string recordedBy, DateTimeOffset now)
    {
        var baseline = new Baseline
        {
            Id = Guid.CreateVersion7(),
            EnterpriseId = Id,
            PeriodStart = readings.PeriodStart,
            PeriodEnd = readings.PeriodEnd,
            EnergyKwh = readings.EnergyKwh,
            WaterM3 = readings.WaterM3,
            MaterialsT = readings.MaterialsT,
            WasteT = readings.WasteT,
            HazardousWasteT = readings.HazardousWasteT,
            WastewaterM3 = readings.WastewaterM3,
            EmissionsTco2e = readings.EmissionsTco2e,
            Output = readings.Output,
            RecordedBy = recordedBy,
            RecordedAt = now,
        };
        Baselines.Add(baseline);
        UpdatedAt = now;
        return baseline;
    }

    private void Apply(EnterpriseDetails details, SizeRule sizeRule, string recordedBy, DateTimeOffset now)
    {
        LegalName = details.LegalName.Trim();
        TaxId = Domain.TaxId.Normalize(details.TaxId);
        Country = details.Country;
        State = details.State.Trim();
        Municipality = details.Municipality.Trim();
        Watershed = string.IsNullOrWhiteSpace(details.Watershed) ? null : details.Watershed.Trim();
        Sector = details.Sector;
        Subsector = string.IsNullOrWhiteSpace(details.Subsector) ? null : details.Subsector.Trim();
        Employees = details.Employees;
        AnnualSalesUsd = details.AnnualSalesUsd;
        SizeClass = sizeRule.Classify(details.Employees);
        IsSme = sizeRule.IsSme(details.Employees, details.AnnualSalesUsd);
        Contacts = [.. details.Contacts];
        PublishResults = PublishResults.Set(details.PublishResults, recordedBy, now);
        ShareWithBanks = ShareWithBanks.Set(details.ShareWithBanks, recordedBy, now);
        UpdatedAt = now;
    }

    private void Touch(DateTimeOffset now)
    {
        Revision++;
        UpdatedAt = now;
    }
}

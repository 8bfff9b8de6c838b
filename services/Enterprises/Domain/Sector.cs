namespace CpPlatform.Enterprises.Domain;

/// <summary>The fixed sector catalog; ids are the kebab-case names (<c>leather-tanning</c>, <c>hotels-tourism</c>).</summary>
public enum Sector
{
    LeatherTanning,
    Automotive,
    Chemicals,
    Hospitals,
    HotelsTourism,
    FoodProcessing,
    Dairy,
    Beverages,
    MeatProcessing,
    Fishmeal,
    Textiles,
    MetalFinishing,
    MachineTools,
    WoodPaper,
    NonMetallicMinerals,
    Plastics,
    Packaging,
    OilLubricants,
    Cement,
    Mining,
    Other,
}

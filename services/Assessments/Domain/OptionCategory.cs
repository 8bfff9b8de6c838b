namespace CpPlatform.Assessments.Domain;

public enum OptionCategory
{
    GoodHousekeeping,
    InputSubstitution,
    TechnologyChange,
    ProcessControl,
    EquipmentModification,
    OnsiteReuseRecycling,
    UsefulByProduct,
    ProductModification,
}

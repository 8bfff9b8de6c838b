namespace CpPlatform.Events.Domain;

/// <summary>Who a person attends for: programs report their reach by these categories.</summary>
public enum StakeholderCategory
{
    Company,
    Government,
    IndustryAssociation,
    Academia,
    Student,
    Ngo,
    FinancialInstitution,
    InternationalOrganisation,
}

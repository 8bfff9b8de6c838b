using CpPlatform.Financing.Domain;

namespace CpPlatform.Financing.Caching;

/// <summary>The cache entries eligibility reads, named once for the readers and for the invalidation on change.</summary>
internal static class EligibilityCacheKeys
{
    public static string BankFacilities(string bankId) => $"financing:bank-facilities:{bankId}";

    public static string BorrowerLookup(string country, string taxId) => $"financing:borrower-lookup:{country.ToUpperInvariant()}:{TaxId.Normalize(taxId)}";

    public static string BorrowerStanding(Guid enterpriseId) => $"financing:borrower-standing:{enterpriseId}";
}

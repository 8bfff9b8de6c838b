namespace CpPlatform.Financing.Domain;

public static class TaxId
{
    /// <summary>
    /// The comparable form the enterprises service publishes (upper case, no spaces, dots or hyphens), so a bank may
    /// write <c>cdn-850101 ab1</c> for <c>CDN850101AB1</c>.
    /// </summary>
    public static string Normalize(string taxId) =>
        string.Concat(taxId.Where(character => !char.IsWhiteSpace(character) && character is not ('-' or '.'))).ToUpperInvariant();
}

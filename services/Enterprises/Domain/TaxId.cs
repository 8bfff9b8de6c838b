namespace CpPlatform.Enterprises.Domain;

public static class TaxId
{
    /// <summary>
    /// The comparable form of a tax id: upper case without spaces, dots or hyphens, so <c>abc-850101 xy1</c> and
    /// <c>ABC850101XY1</c> are the same enterprise.
    /// </summary>
    public static string Normalize(string taxId) =>
        string.Concat(taxId.Where(character => !char.IsWhiteSpace(character) && character is not ('-' or '.'))).ToUpperInvariant();
}

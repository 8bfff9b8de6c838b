namespace CpPlatform.Training.Domain;

/// <summary>
/// People counted for one category or center: trained (held a seat in an offering that started in the period),
/// completed (completed in the period) and certified (certificate issued in the period); each person once.
/// </summary>
public sealed record IndicatorLine(string Key, int Trained, int Completed, int Certified)
{
    /// <summary>Joins the three separately counted measures into one line per key, keys in order.</summary>
    public static IReadOnlyList<IndicatorLine> Join(
        IReadOnlyDictionary<string, int> trained, IReadOnlyDictionary<string, int> completed, IReadOnlyDictionary<string, int> certified) =>
        trained.Keys.Union(completed.Keys).Union(certified.Keys).Order(StringComparer.Ordinal)
            .Select(key => new IndicatorLine(key, trained.GetValueOrDefault(key), completed.GetValueOrDefault(key), certified.GetValueOrDefault(key)))
            .ToList();
}

using System.Text.Json;
using System.Text.RegularExpressions;

namespace CpPlatform.Gateway.Benchmark;

/// <summary>
/// Compares the service's answers with <see cref="SeededPortfolio"/>: the portfolio's figures per sector and in total,
/// and a few seeded projects read back whole (so the seeded rows, JSON documents included, are rows the service reads).
/// </summary>
internal static partial class PortfolioCheck
{
    /// <summary>One project in feasibility, one being implemented, one closed.</summary>
    public static readonly int[] ProjectsToReadBack = [0, 1, 3];

    public static void Verify(JsonElement portfolio)
    {
        var expected = SeededPortfolio.ExpectedSectors();
        var sectors = portfolio.GetProperty("sectors").EnumerateArray().ToDictionary(line => line.GetProperty("sector").GetString()!);
        Require(sectors.Keys.Order().SequenceEqual(expected.Keys.Order()),
            $"sectors {string.Join(", ", sectors.Keys)}, expected {string.Join(", ", expected.Keys)}");
        foreach (var (sector, line) in expected)
        {
            Compare(sector, line, sectors[sector]);
        }
        Compare("total", new SeededPortfolio.ExpectedLine(
            expected.Values.Sum(line => line.Plants), expected.Values.Sum(line => line.RecommendedOptions),
            expected.Values.Sum(line => line.ImplementedOptions), expected.Values.Sum(line => line.Investment),
            expected.Values.Sum(line => line.AnnualSavings)), portfolio.GetProperty("total"));
    }

    public static void VerifyProject(JsonElement answer)
    {
        var number = ProjectsToReadBack.Single(project => SeededPortfolio.Id(2, project) == answer.GetProperty("id").GetGuid());
        var seeded = SeededPortfolio.Projects().ElementAt(number);
        var what = $"project {number + 1}";
        Require(answer.GetProperty("phase").GetString() == Kebab(seeded.Phase), $"{what}: phase {answer.GetProperty("phase")}, seeded {seeded.Phase}");
        Require(answer.GetProperty("phaseHistory").GetArrayLength() == seeded.PhaseHistory.Count, $"{what}: phase history differs");
        Require(answer.GetProperty("consultants")[0].GetProperty("email").GetString() == seeded.Consultants[0].Email, $"{what}: consultants differ");
        Require(answer.GetProperty("baseline").ValueKind == JsonValueKind.Null ? seeded.Baseline is null
                : answer.GetProperty("baseline").GetProperty("energyKwh").GetDecimal() == seeded.Baseline?.EnergyKwh,
            $"{what}: baseline differs");
        Require(answer.GetProperty("verifiedAt").ValueKind == JsonValueKind.Null ? seeded.VerifiedAt is null
                : answer.GetProperty("verifiedAt").GetDateTimeOffset() == seeded.VerifiedAt,
            $"{what}: verifiedAt differs");
        var statuses = answer.GetProperty("options").EnumerateArray().Select(option => option.GetProperty("status").GetString());
        Require(statuses.SequenceEqual(seeded.Options.OrderBy(option => option.Id).Select(option => Kebab(option.Status))), $"{what}: options differ");
    }

    private static void Compare(string what, SeededPortfolio.ExpectedLine expected, JsonElement line)
    {
        var answered = new SeededPortfolio.ExpectedLine(
            line.GetProperty("plants").GetInt32(), line.GetProperty("recommendedOptions").GetInt32(), line.GetProperty("implementedOptions").GetInt32(),
            line.GetProperty("investment").GetDecimal(), line.GetProperty("annualSavings").GetDecimal());
        Require(answered == expected, $"{what}: answered {answered}, seeded {expected}");
    }

    private static void Require(bool holds, string difference)
    {
        if (!holds)
        {
            throw new InvalidOperationException($"The portfolio answer does not match the seeded portfolio: {difference}.");
        }
    }

    private static string Kebab(string pascalCase) => WordStart().Replace(pascalCase, "-$1").ToLowerInvariant();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex WordStart();
}

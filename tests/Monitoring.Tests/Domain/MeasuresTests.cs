using CpPlatform.Contracts.Monitoring;
using CpPlatform.Monitoring.Domain;

namespace CpPlatform.Monitoring.Tests.Domain;

public class MeasuresTests
{
    private static readonly HashSet<string> ActivityNames = typeof(ProgramActivityNames).GetFields()
        .Where(field => field.IsLiteral).Select(field => (string)field.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void The_catalogue_has_every_measure_the_issue_names()
    {
        string[] named =
        [
            "people-reached", "event-attendance", "events-held", "students-trained", "consultants-enrolled", "consultants-trained",
            "consultants-certified", "demonstration-projects", "companies-implementing", "companies-meeting-savings-goal",
            "options-implementation-rate", "verified-annual-savings-usd", "advisory-board-members", "advisory-board-meetings", "expert-questions",
            "expert-questions-answered", "loans-guaranteed", "guaranteed-amount-usd", "manual",
        ];

        Assert.Equal(named, Measures.All.Select(measure => measure.Id));
    }

    [Fact]
    public void Every_computed_measure_counts_an_activity_the_services_send_and_only_a_ratio_divides()
    {
        Assert.All(Measures.All.Where(measure => !measure.IsReported), measure =>
        {
            Assert.Contains(measure.Activity!, ActivityNames);
            Assert.Equal(measure.Count == MeasureCount.Ratio, measure.PerHundredOf is not null);
            Assert.True(measure.PerHundredOf is null || ActivityNames.Contains(measure.PerHundredOf));
        });
        Assert.Null(Measures.Find("manual")!.Activity);
    }

    [Fact]
    public void Filters_are_offered_only_where_the_activity_carries_them()
    {
        Assert.Equal(["people-reached", "event-attendance", "events-held"], Measures.All.Where(m => m.Kinds is not null).Select(m => m.Id));
        Assert.Equal(["people-reached", "event-attendance"], Measures.All.Where(m => m.Categories is not null).Select(m => m.Id));
        Assert.Null(Measures.Find("no-such-measure"));
    }
}

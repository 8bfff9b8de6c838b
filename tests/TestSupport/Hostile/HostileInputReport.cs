using System.Text;

namespace CpPlatform.TestSupport.Hostile;

/// <summary>What the hostile-input suite tried and what it found, written where people and CI logs can read it.</summary>
public sealed class HostileInputReport
{
    private readonly SortedDictionary<int, int> _statuses = [];
    private readonly List<string> _failures = [];

    public int Operations { get; set; }

    public int Cases => _statuses.Values.Sum();

    public int ServerErrors => _statuses.Where(status => status.Key >= 500).Sum(status => status.Value);

    public IReadOnlyList<string> Failures => _failures;

    public void Count(int status) => _statuses[status] = _statuses.GetValueOrDefault(status) + 1;

    public void Fail(string failure) => _failures.Add(failure);

    public string Summary(string service) =>
        $"{service}: {Operations} operations, {Cases} hostile requests, {ServerErrors} 5xx, {_failures.Count} failures " +
        $"(statuses: {string.Join(", ", _statuses.Select(status => $"{status.Key}×{status.Value}"))})";

    /// <summary>Writes the summary and every failure to <c>TestResults/hostile-input/&lt;service&gt;.txt</c> and returns the text.</summary>
    public string Write(string service)
    {
        var text = new StringBuilder(Summary(service)).AppendLine();
        foreach (var failure in _failures)
        {
            text.AppendLine(failure);
        }
        var folder = Path.Combine(RepositoryRoot.Path, "TestResults", "hostile-input");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, $"{service}.txt"), text.ToString());
        return text.ToString();
    }
}

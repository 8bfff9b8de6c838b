using System.Text;

namespace CpPlatform.AppHost.Hosting;

internal static class ResourceTable
{
    public static string Render(IEnumerable<Resource> resources, TimeSpan elapsed)
    {
        var rows = resources.Select(resource => new[]
        {
            resource.Name,
            resource.State.ToString(),
            resource.Url ?? "",
            resource.Pid?.ToString() ?? "",
            resource.RestartCount.ToString(),
        }).Prepend(["RESOURCE", "STATE", "URL", "PID", "RESTARTS"]).ToList();
        var widths = Enumerable.Range(0, 5).Select(column => rows.Max(row => row[column].Length)).ToArray();

        var table = new StringBuilder().AppendLine();
        foreach (var row in rows)
        {
            table.AppendLine(string.Join("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
        }
        return table.AppendLine().Append($"Everything is running, in {elapsed.TotalSeconds:0.0} s.").ToString();
    }
}

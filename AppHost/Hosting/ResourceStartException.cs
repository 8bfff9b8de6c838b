namespace CpPlatform.AppHost.Hosting;

/// <summary>A resource could not start; carries the last lines of its output so the reason is on screen.</summary>
public sealed class ResourceStartException(string resource, string reason, IReadOnlyList<string> lastLines)
    : Exception($"{resource} could not start: {reason}")
{
    public string Resource { get; } = resource;
    public IReadOnlyList<string> LastLines { get; } = lastLines;
}

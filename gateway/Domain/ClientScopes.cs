using CpPlatform.ServiceDefaults.Security;

namespace CpPlatform.Gateway.Domain;

/// <summary>The scopes a token may carry: one per service, named like the service.</summary>
public static class ClientScopes
{
    public const string Monitoring = "monitoring";

    public static readonly IReadOnlyList<string> All = ["enterprises", "assessments", "training", "events", "financing", Monitoring];

    /// <summary>What a client of <paramref name="kind"/> gets when it is registered without naming scopes.</summary>
    public static List<string> DefaultFor(ClientKind kind) => kind switch
    {
        ClientKind.Center => ["enterprises", "assessments", "training", "events", Monitoring],
        ClientKind.Bank => ["financing"],
        ClientKind.Donor => [Monitoring],
        _ => [.. All],
    };

    /// <summary>
    /// The most a client of <paramref name="kind"/> may be given: a donor reads program figures only, and a bank has no
    /// program figures to read. The other kinds may have every scope.
    /// </summary>
    public static IReadOnlyList<string> AllowedFor(ClientKind kind) => kind switch
    {
        ClientKind.Bank => [.. All.Where(scope => scope != Monitoring)],
        ClientKind.Donor => [Monitoring],
        _ => All,
    };

    /// <summary>Known scopes once each, in the canonical order of <see cref="All"/>.</summary>
    public static List<string> Normalize(IEnumerable<string> scopes)
    {
        var wanted = scopes.ToHashSet(StringComparer.Ordinal);
        return All.Where(wanted.Contains).ToList();
    }
}

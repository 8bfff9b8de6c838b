using CpPlatform.ServiceDefaults.Security;

namespace CpPlatform.Gateway.Domain;

/// <summary>The scopes a token may carry: one per service, named like the service.</summary>
public static class ClientScopes
{
    public static readonly IReadOnlyList<string> All = ["enterprises", "assessments", "training", "events", "financing"];

    public static bool IsKnown(string scope) => All.Contains(scope, StringComparer.Ordinal);

    /// <summary>What a client of <paramref name="kind"/> gets when it is registered without naming scopes.</summary>
    public static List<string> DefaultFor(ClientKind kind) => kind switch
    {
        ClientKind.Center => ["enterprises", "assessments", "training", "events"],
        ClientKind.Bank => ["financing"],
        _ => [.. All],
    };

    /// <summary>Known scopes once each, in the canonical order of <see cref="All"/>.</summary>
    public static List<string> Normalize(IEnumerable<string> scopes)
    {
        var wanted = scopes.ToHashSet(StringComparer.Ordinal);
        return All.Where(wanted.Contains).ToList();
    }
}

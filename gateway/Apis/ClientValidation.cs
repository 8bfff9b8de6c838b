using System.Text.RegularExpressions;
using CpPlatform.Gateway.Domain;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Security;

namespace CpPlatform.Gateway.Apis;

/// <summary>The validated content of a registration request.</summary>
internal sealed record ClientFields(string Name, ClientKind Kind, string? CenterId, string? BankId, string? DonorId, List<string> Scopes);

internal static partial class ClientValidation
{
    /// <summary>Each known scope at most once; a repeat is dropped. Absent or empty: the kind's defaults.</summary>
    public static readonly CollectionRule Scopes = new(0, ClientScopes.All.Count, "scopes");

    // The same slug rule the enterprises service applies to center ids.
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    public static ClientFields Fields(CreateClientRequest request, ValidationErrors errors)
    {
        if (errors.Check(!string.IsNullOrWhiteSpace(request.Name), "name", "Required."))
        {
            errors.Check(request.Name!.Trim().Length <= 200, "name", "At most 200 characters.");
        }

        var kindIsKnown = KebabCase.TryParse(request.Kind, out ClientKind kind);
        errors.Check(kindIsKnown, "kind", $"Required: one of {KebabCase.AllowedValues<ClientKind>()}.");
        string? centerId = null, bankId = null, donorId = null;
        // Which owner a client needs depends on its kind: without a known kind there is nothing to check them against.
        if (kindIsKnown)
        {
            centerId = Owner(request.CenterId, "centerId", required: kind == ClientKind.Center, errors, "Required for center clients.",
                "Only center clients belong to a center.");
            bankId = Owner(request.BankId, "bankId", required: kind == ClientKind.Bank, errors, "Required for bank clients.",
                "Only bank clients belong to a bank.");
            donorId = Owner(request.Donor, "donor", required: kind == ClientKind.Donor, errors, "Required for donor clients.",
                "Only donor clients belong to a donor.");
        }

        // Without a known kind, any known scope passes here: the kind's own error says what is wrong.
        var allowed = kindIsKnown ? ClientScopes.AllowedFor(kind) : ClientScopes.All;
        errors.Collection(request.Scopes, "scopes", Scopes, scope => allowed.Contains(scope, StringComparer.Ordinal), ScopeRule(kind, allowed),
            optional: true);
        var scopes = request.Scopes is { Count: > 0 } given ? ClientScopes.Normalize(given) : ClientScopes.DefaultFor(kind);

        return new ClientFields(request.Name?.Trim() ?? "", kind, centerId, bankId, donorId, scopes);
    }

    /// <summary>The rule a refused scope breaks: its kind's limit when the kind has one.</summary>
    private static string ScopeRule(ClientKind kind, IReadOnlyList<string> allowed) =>
        allowed.Count < ClientScopes.All.Count
            ? $"A {PlatformClaims.KindValue(kind)} client may have only: {string.Join(", ", allowed)}."
            : $"One of: {string.Join(", ", allowed)}.";

    /// <summary>The center, bank or donor a client belongs to: required for its own kind, refused for the others.</summary>
    private static string? Owner(string? value, string field, bool required, ValidationErrors errors, string missing, string notAllowed)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (!required)
        {
            errors.Check(trimmed is null, field, notAllowed);
            return null;
        }
        if (errors.Check(trimmed is not null, field, missing))
        {
            errors.Check(trimmed!.Length <= 64 && Slug().IsMatch(trimmed), field,
                "Must be a lower-case slug of letters, digits and single hyphens (e.g. mx-chihuahua), at most 64 characters.");
        }
        return trimmed;
    }
}

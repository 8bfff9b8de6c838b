using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace CpPlatform.ServiceDefaults.Security;

/// <summary>The calling client as its token describes it. Outside a request (a message consumer) it is the system itself.</summary>
public interface ICurrentClient
{
    string ClientId { get; }
    ClientKind? Kind { get; }
    string? CenterId { get; }
    string? BankId { get; }

    /// <summary>A donor client's donor id (<c>cp_donor</c>).</summary>
    string? DonorId { get; }
    IReadOnlySet<string> Scopes { get; }

    /// <summary>The one center whose rows this client may see, or null when it may see every center.</summary>
    string? RestrictedToCenter { get; }
}

internal sealed class HttpCurrentClient(IHttpContextAccessor accessor) : ICurrentClient
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public string ClientId => User?.FindFirstValue(PlatformClaims.ClientId) ?? "system";
    public ClientKind? Kind => PlatformClaims.ParseKind(User?.FindFirstValue(PlatformClaims.Kind));
    public string? CenterId => User?.FindFirstValue(PlatformClaims.Center);
    public string? BankId => User?.FindFirstValue(PlatformClaims.Bank);
    public string? DonorId => User?.FindFirstValue(PlatformClaims.Donor);

    public IReadOnlySet<string> Scopes =>
        (User?.FindFirstValue(PlatformClaims.Scope) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    // A center client is confined to its own center; a center token without a center sees nothing rather than everything.
    public string? RestrictedToCenter => Kind == ClientKind.Center ? CenterId ?? "" : null;
}

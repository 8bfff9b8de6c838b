using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CpPlatform.Gateway.Identity;

/// <summary>Refuses, at the gateway's edge, the still unexpired tokens of a client that has been revoked.</summary>
internal sealed class RevokedClientCheck(ClientStatusCache statuses) : JwtBearerEvents
{
    public override async Task TokenValidated(TokenValidatedContext context)
    {
        var clientId = context.Principal?.FindFirst(PlatformClaims.ClientId)?.Value;
        if (clientId is not null && await statuses.IsRevokedAsync(clientId, context.HttpContext.RequestAborted))
        {
            context.Fail("The client is revoked.");
        }
    }
}

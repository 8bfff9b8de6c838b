using CpPlatform.Gateway.Data;
using CpPlatform.Gateway.Domain;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Problems;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CpPlatform.Gateway.Apis;

/// <summary>Registering the clients that may ask for tokens. Served by the gateway itself, for platform admins only.</summary>
public static class ClientsApi
{
    public static IEndpointRouteBuilder MapClientsApi(this IEndpointRouteBuilder app)
    {
        var clients = app.MapGroup("/admin/clients")
            .WithTags("Clients")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Admin));

        clients.MapPost("/", RegisterClient)
            .WithName("RegisterClient")
            .WithSummary($"Register a client; its secret is in this answer only. Scopes: {ClientValidation.Scopes}, the kind's defaults when none.");
        clients.MapGet("/", ListClients)
            .WithName("ListClients")
            .WithSummary("List clients, newest first, optionally of one kind; paged. Secrets are never shown.");
        clients.MapGet("/{clientId}", GetClient)
            .WithName("GetClient")
            .WithSummary("Get a client's kind, owner, scopes and state.");
        clients.MapPost("/{clientId}/secret", RotateSecret)
            .WithName("RotateClientSecret")
            .WithSummary("Give a client a new secret, shown in this answer only; the old one stops working at once.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        clients.MapPost("/{clientId}/revoke", RevokeClient)
            .WithName("RevokeClient")
            .WithSummary("Revoke a client: it gets no more tokens, and those it holds expire with their short lifetime.");
        return app;
    }

    private static async Task<Results<Created<ClientCredentialsResponse>, ValidationProblem>> RegisterClient(
        CreateClientRequest request, GatewayDbContext db, TimeProvider clock, ILogger<ApiClient> logger, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var fields = ClientValidation.Fields(request, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var secret = ClientSecret.Generate();
        var now = clock.GetUtcNow();
        var client = new ApiClient
        {
            ClientId = ClientIds.From(fields.Name),
            Name = fields.Name,
            Kind = fields.Kind,
            CenterId = fields.CenterId,
            BankId = fields.BankId,
            Scopes = fields.Scopes,
            SecretHash = ClientSecret.Hash(secret),
            CreatedAt = now,
            SecretChangedAt = now,
        };
        db.Clients.Add(client);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Eight random characters from 32 make a clash all but impossible; the caller may simply try again.
            throw new ConflictException("clientId", "The generated client id is taken; repeat the request.");
        }
        logger.LogInformation("Client {ClientId} ({Kind}) registered", client.ClientId, PlatformClaims.KindValue(client.Kind));
        return TypedResults.Created($"/admin/clients/{client.ClientId}", ClientCredentialsResponse.From(client, secret));
    }

    private static async Task<Results<Ok<PagedResult<ClientResponse>>, ValidationProblem>> ListClients(
        GatewayDbContext db, CancellationToken cancellationToken, string? kind = null, int? page = null, int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        ClientKind kindValue = default;
        errors.Check(kind is null || KebabCase.TryParse(kind, out kindValue), "kind", $"Must be one of {KebabCase.AllowedValues<ClientKind>()}.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var query = db.Clients.AsNoTracking();
        if (kind is not null)
        {
            query = query.Where(client => client.Kind == kindValue);
        }
        var total = await query.CountAsync(cancellationToken);
        var clients = await query
            .OrderByDescending(client => client.CreatedAt).ThenBy(client => client.ClientId)
            .Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ClientResponse>(clients.Select(ClientResponse.From).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<ClientResponse>, NotFound>> GetClient(string clientId, GatewayDbContext db, CancellationToken cancellationToken) =>
        await db.Clients.AsNoTracking().SingleOrDefaultAsync(client => client.ClientId == clientId, cancellationToken) is { } client
            ? TypedResults.Ok(ClientResponse.From(client))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<ClientCredentialsResponse>, NotFound>> RotateSecret(
        string clientId, GatewayDbContext db, TimeProvider clock, ILogger<ApiClient> logger, CancellationToken cancellationToken)
    {
        if (await db.Clients.SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken) is not { } client)
        {
            return TypedResults.NotFound();
        }
        if (client.IsRevoked)
        {
            throw new ConflictException("clientId", "The client is revoked; register a new one instead.");
        }

        var secret = ClientSecret.Generate();
        client.ReplaceSecret(ClientSecret.Hash(secret), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Client {ClientId}: secret rotated", clientId);
        return TypedResults.Ok(ClientCredentialsResponse.From(client, secret));
    }

    private static async Task<Results<Ok<ClientResponse>, NotFound>> RevokeClient(
        string clientId, GatewayDbContext db, TimeProvider clock, ILogger<ApiClient> logger, CancellationToken cancellationToken)
    {
        if (await db.Clients.SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken) is not { } client)
        {
            return TypedResults.NotFound();
        }

        client.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Client {ClientId} revoked", clientId);
        return TypedResults.Ok(ClientResponse.From(client));
    }
}

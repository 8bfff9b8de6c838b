using CpPlatform.Gateway.Domain;
using CpPlatform.Gateway.Identity;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Problems;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

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
            .WithSummary("Revoke a client: it gets no more tokens, and the gateway refuses those it holds at once.");
        return app;
    }

    private static async Task<Results<Created<ClientCredentialsResponse>, ValidationProblem>> RegisterClient(
        CreateClientRequest request, ClientStore clients, TimeProvider clock, ILogger<PlatformClient> logger, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var fields = ClientValidation.Fields(request, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var secret = ClientSecret.Generate();
        var now = clock.GetUtcNow();
        var client = new PlatformClient(
            ClientIds.From(fields.Name), fields.Name, fields.Kind, fields.CenterId, fields.BankId, fields.DonorId, fields.Scopes, now, now, RevokedAt: null);
        if (!await clients.TryCreateAsync(client, secret, cancellationToken))
        {
            // Eight random characters from 32 make a clash all but impossible; the caller may simply try again.
            throw new ConflictException("clientId", "The generated client id is taken; repeat the request.");
        }
        logger.LogInformation("Client {ClientId} ({Kind}) registered", client.ClientId, PlatformClaims.KindValue(client.Kind));
        return TypedResults.Created($"/admin/clients/{client.ClientId}", ClientCredentialsResponse.From(client, secret));
    }

    private static async Task<Results<Ok<PagedResult<ClientResponse>>, ValidationProblem>> ListClients(
        ClientStore clients, CancellationToken cancellationToken, string? kind = null, int? page = null, int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        ClientKind kindValue = default;
        errors.Check(kind is null || KebabCase.TryParse(kind, out kindValue), "kind", $"Must be one of {KebabCase.AllowedValues<ClientKind>()}.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var matching = (await clients.ListAsync(cancellationToken))
            .Where(client => kind is null || client.Kind == kindValue)
            .OrderByDescending(client => client.CreatedAt).ThenBy(client => client.ClientId, StringComparer.Ordinal)
            .ToList();
        var items = matching.Skip(paging.Skip).Take(paging.PageSize).Select(ClientResponse.From).ToList();
        return TypedResults.Ok(new PagedResult<ClientResponse>(items, paging.Page, paging.PageSize, matching.Count));
    }

    private static async Task<Results<Ok<ClientResponse>, NotFound>> GetClient(string clientId, ClientStore clients, CancellationToken cancellationToken) =>
        await clients.FindAsync(clientId, cancellationToken) is { } client
            ? TypedResults.Ok(ClientResponse.From(client))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<ClientCredentialsResponse>, NotFound>> RotateSecret(
        string clientId, ClientStore clients, ILogger<PlatformClient> logger, CancellationToken cancellationToken)
    {
        if (await clients.FindAsync(clientId, cancellationToken) is not { } existing)
        {
            return TypedResults.NotFound();
        }
        if (existing.IsRevoked)
        {
            throw new ConflictException("clientId", "The client is revoked; register a new one instead.");
        }

        var secret = ClientSecret.Generate();
        var client = (await clients.ReplaceSecretAsync(clientId, secret, cancellationToken))!;
        logger.LogInformation("Client {ClientId}: secret rotated", clientId);
        return TypedResults.Ok(ClientCredentialsResponse.From(client, secret));
    }

    private static async Task<Results<Ok<ClientResponse>, NotFound>> RevokeClient(
        string clientId, ClientStore clients, ILogger<PlatformClient> logger, CancellationToken cancellationToken)
    {
        if (await clients.RevokeAsync(clientId, cancellationToken) is not { } client)
        {
            return TypedResults.NotFound();
        }
        logger.LogInformation("Client {ClientId} revoked", clientId);
        return TypedResults.Ok(ClientResponse.From(client));
    }
}

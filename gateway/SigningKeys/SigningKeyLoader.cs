using Microsoft.Extensions.Options;

namespace CpPlatform.Gateway.SigningKeys;

/// <summary>
/// Loads the signing keys before the gateway takes requests (after the migrations, which are registered first), then
/// re-reads them every <see cref="SigningKeyOptions.RefreshInterval"/> so rotations by another instance and the
/// removal of retired keys show without a restart.
/// </summary>
internal sealed class SigningKeyLoader(IServiceScopeFactory scopes, IOptions<SigningKeyOptions> options, ILogger<SigningKeyLoader> logger)
    : BackgroundService, IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await LoadAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Signing keys could not be re-read; the loaded ones stay in use");
            }
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SigningKeyStore>().LoadAsync(cancellationToken);
    }

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

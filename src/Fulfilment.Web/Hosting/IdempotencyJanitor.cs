namespace Fulfilment.Web.Hosting;

/// <summary>Hourly, forgets idempotency keys older than <see cref="IdempotencyRetention.KeepFor"/>, stale sign-in counts and expired sessions.</summary>
internal sealed partial class IdempotencyJanitor(IServiceScopeFactory scopes, ILogger<IdempotencyJanitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<ActorScope>().ActAs(FixedActor.System);
                var purged = await scope.ServiceProvider.GetRequiredService<IdempotencyRetention>().Purge(stoppingToken);
                LogPurged(logger, purged);
                var forgotten = await scope.ServiceProvider.GetRequiredService<SignInLockout>().Purge(stoppingToken);
                LogSignInsPurged(logger, forgotten);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Forgot {Count} expired idempotency keys")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Forgot {Count} old sign-in counts and expired sessions")]
    private static partial void LogSignInsPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not purge expired idempotency keys")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

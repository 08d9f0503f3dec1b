using Fulfilment.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Fulfilment.Data;

/// <summary>
/// Runs one business step as one database transaction inside the execution strategy: everything the step did is
/// committed together, or nothing is. A failed result rolls back. A lost optimistic-concurrency race (another
/// request changed a row this step read) reruns the whole step against fresh data.
/// </summary>
[ScopedService]
public sealed partial class UnitOfWork(FulfilmentDbContext db, ILogger<UnitOfWork> logger)
{
    private const int MaxAttempts = 10;

    public Task<Result<T>> Run<T>(Func<CancellationToken, Task<Result<T>>> step, CancellationToken ct) =>
        Run(step, (_, _) => Task.CompletedTask, ct);

    /// <summary>
    /// Like <see cref="Run{T}(Func{CancellationToken, Task{Result{T}}}, CancellationToken)"/>, with a last action that
    /// runs after the step's changes are saved and before commit (e.g. recording the answer for an idempotency key).
    /// </summary>
    public async Task<Result<T>> Run<T>(
        Func<CancellationToken, Task<Result<T>>> step,
        Func<T, CancellationToken, Task> beforeCommit,
        CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var strategy = db.Database.CreateExecutionStrategy();
                return await strategy.ExecuteAsync(
                    async token =>
                    {
                        db.ChangeTracker.Clear();
                        await using var transaction = await db.Database.BeginTransactionAsync(token);
                        var result = await step(token);
                        if (!result.IsSuccess)
                        {
                            await transaction.RollbackAsync(token);
                            db.ChangeTracker.Clear();
                            return result;
                        }

                        await db.SaveChangesAsync(token);
                        await beforeCommit(result.Value, token);
                        await transaction.CommitAsync(token);
                        return result;
                    },
                    ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                LogConcurrencyRetry(logger, attempt);
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return Problem.InvalidState(Text.Get("Someone else changed this at the same moment. Reload and try again."));
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg)
            {
                // The database is the last word on uniqueness; a racing twin that slipped past the step's own check lands here.
                db.ChangeTracker.Clear();
                LogUniqueViolation(logger, pg.ConstraintName);
                return UniqueConstraints.ProblemFor(pg.ConstraintName);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Concurrent change detected; retrying the step (attempt {Attempt})")]
    private static partial void LogConcurrencyRetry(ILogger logger, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unique constraint {Constraint} refused a write")]
    private static partial void LogUniqueViolation(ILogger logger, string? constraint);
}

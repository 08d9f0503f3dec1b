using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Fulfilment.Data;

/// <summary>
/// Runs one business step as one database transaction inside the execution strategy: everything the step did is
/// committed together, or nothing is. A failed result rolls back. A lost optimistic-concurrency race (another
/// request changed a row this step read) reruns the whole step against fresh data.
/// </summary>
[ScopedService]
public sealed partial class UnitOfWork(
    FulfilmentDbContext db, ChangeSignalCommitInterceptor commits, HotRowGate hotRows, CommitGroups groups, ILogger<UnitOfWork> logger)
{
    private const int MaxAttempts = 10;
    private readonly List<NpgsqlBatchCommand> _lastStatements = [];
    private readonly List<NpgsqlBatchCommand> _lastOfAll = [];
    private HotRow? _hotRow;
    private HotRow? _heldRow;
    private HotRowGate.Turn _turn;
    private HotRow? _groupAt;
    private bool _running;

    /// <summary>
    /// Inside a running step: sends <paramref name="statement"/> after the step's changes are saved, in one round trip
    /// with COMMIT, so a row lock it takes is held for that statement and the commit only, never while this process
    /// waits for a CPU. The statement must raise SQLSTATE 40001 (<c>fulfilment_require</c>) when the step's assumption
    /// no longer holds (another transaction got there first): the whole step then reruns against fresh data, as after a
    /// lost optimistic-concurrency race. Outside a step it runs at once and answers whether the assumption held.
    /// </summary>
    /// <param name="statement">The statement.</param>
    /// <param name="ct">Cancels the step.</param>
    /// <param name="lockedByAll">
    /// The row the statement locks when every step of the store queues on it (the freight account): the statement goes
    /// after every other queued statement, just before COMMIT, so the lock is held for the least time, and the batch
    /// waits for its turn at the <see cref="HotRowGate"/>.
    /// </param>
    public async Task<bool> AtCommit(NpgsqlBatchCommand statement, CancellationToken ct, HotRow? lockedByAll = null)
    {
        if (_running)
        {
            if (lockedByAll is { } row)
            {
                _lastOfAll.Add(statement);
                _hotRow = row;
            }
            else
            {
                _lastStatements.Add(statement);
            }

            return true;
        }

        try
        {
            await SendAsync([statement], commit: false, ct);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.SerializationFailure)
        {
            return false;
        }
    }

    /// <summary>
    /// Inside a running step: sends the statements queued by <see cref="AtCommit"/> so far, now, in one round trip (without
    /// committing). For a step that is about to save a tracked row referring to a row it queued (a foreign key).
    /// </summary>
    public async Task SendQueuedNow(CancellationToken ct)
    {
        if (_lastStatements.Count == 0)
        {
            return;
        }

        await BeginNow(ct);

        try
        {
            await SendOrRerunAsync(_lastStatements, commit: false, ct);
        }
        finally
        {
            _lastStatements.Clear();
        }
    }

    /// <summary>
    /// Inside a running step: begins its transaction now, if it has not begun. A step run at a hot row (the queueAt of
    /// <see cref="Run{T}(Func{CancellationToken, Task{Result{T}}}, CancellationToken, HotRow?)"/>) reads outside any
    /// transaction, so that its writes, all queued, can commit with those of other steps (<see cref="CommitGroups"/>);
    /// before it locks a row or writes anything itself, it calls this.
    /// </summary>
    public Task BeginNow(CancellationToken ct) => _running ? BeginAsync(ct) : Task.CompletedTask;

    private async Task BeginAsync(CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            await db.Database.BeginTransactionAsync(ct);

            // Any failure rolls the whole step back (or reruns it), so EF's automatic savepoints around each SaveChanges
            // inside this transaction would only cost two round trips (SAVEPOINT, RELEASE) each.
            db.Database.AutoSavepointsEnabled = false;
        }
    }

    /// <param name="step">The step: reads, decides, and tracks or queues its writes.</param>
    /// <param name="ct">Cancels the step.</param>
    /// <param name="queueAt">
    /// The hot row the step will lock, when known before it begins (a ship charges its store's freight account): the step
    /// waits for its turn at the <see cref="HotRowGate"/> before it begins and keeps it while it reads and decides, so no
    /// more of a store's ships than the gate lets through hold a connection and a CPU at once. It reads outside any
    /// transaction; when all it writes is queued (<see cref="AtCommit"/>), its writes commit with those of the row's
    /// other steps waiting (<see cref="CommitGroups"/>), else in its own transaction, begun when it first locked or wrote
    /// (<see cref="BeginNow"/>).
    /// </param>
    public Task<Result<T>> Run<T>(Func<CancellationToken, Task<Result<T>>> step, CancellationToken ct, HotRow? queueAt = null) =>
        Run(step, (_, _) => Task.CompletedTask, ct, queueAt);

    /// <summary>
    /// Like <see cref="Run{T}(Func{CancellationToken, Task{Result{T}}}, CancellationToken, HotRow?)"/>, with a last action that
    /// runs after a successful step, before its changes are saved (e.g. recording the answer for an idempotency key):
    /// what it tracks is written in the same batch as the step's own last changes, and what it queues with
    /// <see cref="AtCommit"/> goes with COMMIT, after the step's own statements.
    /// </summary>
    public async Task<Result<T>> Run<T>(
        Func<CancellationToken, Task<Result<T>>> step,
        Func<T, CancellationToken, Task> beforeCommit,
        CancellationToken ct,
        HotRow? queueAt = null)
    {
        // Waiting here holds nothing in the database (no transaction yet), so racing twins cannot wait on each other.
        _turn = queueAt is { } queue ? await hotRows.EnterAsync(queue, ct) : default;
        _heldRow = _turn.Taken ? queueAt : null;
        _groupAt = groups.Enabled ? queueAt : null;
        try
        {
            return await RunAttempts(step, beforeCommit, ct);
        }
        finally
        {
            EndTurn();
            _groupAt = null;
        }
    }

    private void EndTurn()
    {
        var turn = _turn;
        _turn = default;
        _heldRow = null;
        turn.Dispose();
    }

    private async Task<Result<T>> RunAttempts<T>(
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
                        _lastStatements.Clear();
                        _lastOfAll.Clear();
                        _hotRow = null;
                        try
                        {
                            return await Attempt(step, beforeCommit, token);
                        }
                        finally
                        {
                            if (db.Database.CurrentTransaction is { } open)
                            {
                                await open.DisposeAsync();
                            }
                        }
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
            catch (Exception ex) when (UniqueViolation(ex) is { } pg)
            {
                // The database is the last word on uniqueness; a racing twin that slipped past the step's own check lands here.
                db.ChangeTracker.Clear();
                LogUniqueViolation(logger, pg.ConstraintName);
                return UniqueConstraints.ProblemFor(pg.ConstraintName);
            }
        }
    }

    /// <summary>One run of the step, in a transaction begun now or, at a hot row, when the step first needs one.</summary>
    private async Task<Result<T>> Attempt<T>(
        Func<CancellationToken, Task<Result<T>>> step,
        Func<T, CancellationToken, Task> beforeCommit,
        CancellationToken ct)
    {
        _running = true;
        Result<T> result;
        try
        {
            if (_groupAt is null)
            {
                await BeginAsync(ct);
            }

            result = await step(ct);
            if (result.IsSuccess)
            {
                await beforeCommit(result.Value, ct);
            }
        }
        finally
        {
            _running = false;
        }

        if (!result.IsSuccess)
        {
            if (db.Database.CurrentTransaction is { } open)
            {
                await open.RollbackAsync(ct);
            }

            db.ChangeTracker.Clear();
            return result;
        }

        // A step that wrote only in plain SQL has nothing tracked: EF's update pipeline is not even set up. One that
        // tracked a change at a hot row saves it in its own transaction, and commits alone.
        if (db.ChangeTracker.HasChanges())
        {
            await BeginAsync(ct);
            await db.SaveChangesAsync(ct);
        }

        var transaction = db.Database.CurrentTransaction;
        if (_lastStatements.Count + _lastOfAll.Count == 0)
        {
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }

            return result;
        }

        if (transaction is null && _groupAt is { } groupRow)
        {
            // Nothing written yet, everything queued: the writes can go with the row's other steps. The step is done with
            // its turn (its reads and decisions), so the next ship of the store may read while this one commits.
            EndTurn();
            if (await groups.Commit(groupRow, [.. _lastStatements], [.. _lastOfAll], SendGroupAsync) == CommitGroups.CommitOutcome.Committed)
            {
                return result;
            }

            // Sent once on the leader's connection, a statement keeps what it learnt there (its prepared name): copies go alone.
            Renew(_lastStatements);
            Renew(_lastOfAll);
        }

        transaction ??= await db.Database.BeginTransactionAsync(ct);
        _lastStatements.AddRange(_lastOfAll);

        // A step that queued before it began already holds its turn at this row.
        using (_hotRow is { } row && row != _heldRow ? await hotRows.EnterAsync(row, ct) : default)
        {
            await SendOrRerunAsync(_lastStatements, commit: true, ct);
        }

        commits.CommittedInBatch(db, transaction.TransactionId);
        return result;
    }

    private static void Renew(List<NpgsqlBatchCommand> statements)
    {
        for (var i = 0; i < statements.Count; i++)
        {
            var copy = new NpgsqlBatchCommand(statements[i].CommandText);
            foreach (NpgsqlParameter parameter in statements[i].Parameters)
            {
                copy.Parameters.Add(parameter.Clone());
            }

            statements[i] = copy;
        }
    }

    /// <summary>
    /// A group's writes (<see cref="CommitGroups"/>) in one transaction of their own on this step's connection: BEGIN, the
    /// statements, COMMIT, one round trip. Not the context's transaction: nothing of it is tracked, and should it fail,
    /// each step of the group begins its own.
    /// </summary>
    private async Task SendGroupAsync(IReadOnlyList<NpgsqlBatchCommand> statements)
    {
        // Not the request's token: the group's other steps depend on this batch, whatever becomes of this request.
        await db.Database.OpenConnectionAsync(CancellationToken.None);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
        await SendOnAsync(connection, transaction, statements, commit: true, CancellationToken.None);
    }

    /// <summary>A unique index refused a write: saved by EF, or sent in plain SQL (<see cref="AtCommit"/>).</summary>
    private static PostgresException? UniqueViolation(Exception ex) =>
        (ex as PostgresException ?? (ex as DbUpdateException)?.InnerException as PostgresException) is { SqlState: PostgresErrorCodes.UniqueViolation } pg ? pg : null;

    /// <summary>
    /// <see cref="SendAsync"/> inside a step: a queued statement whose assumption no longer holds (SQLSTATE 40001) makes
    /// the step rerun, as a lost optimistic-concurrency race does.
    /// </summary>
    private async Task SendOrRerunAsync(IReadOnlyList<NpgsqlBatchCommand> statements, bool commit, CancellationToken ct)
    {
        try
        {
            await SendAsync(statements, commit, ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.SerializationFailure)
        {
            // Not wrapped: the execution strategy would take the inner 40001 for a transient fault and retry after its
            // own, much longer, delay.
            throw new DbUpdateConcurrencyException("A queued statement found the data changed since the step read it: " + e.MessageText);
        }
    }

    /// <summary>The statements (then COMMIT) in one batch: one round trip on the context's connection and transaction.</summary>
    private async Task SendAsync(IReadOnlyList<NpgsqlBatchCommand> statements, bool commit, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        await SendOnAsync(
            (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction(), statements, commit, ct);
    }

    private static async Task SendOnAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyList<NpgsqlBatchCommand> statements, bool commit, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var statement in statements)
        {
            batch.BatchCommands.Add(statement);
        }

        if (commit)
        {
            // Ends the transaction begun: disposing it afterwards sends nothing (Npgsql sees it completed).
            batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        }

        await batch.ExecuteNonQueryAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Concurrent change detected; retrying the step (attempt {Attempt})")]
    private static partial void LogConcurrencyRetry(ILogger logger, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unique constraint {Constraint} refused a write")]
    private static partial void LogUniqueViolation(ILogger logger, string? constraint);
}

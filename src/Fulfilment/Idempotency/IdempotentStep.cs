namespace Fulfilment.Idempotency;

/// <summary>
/// Runs a business step at most once per idempotency key. The key is claimed by an insert in the step's own
/// transaction: a racing twin waits on the unique index until the first commits, then replays its stored answer.
/// If the step fails, the claim rolls back with it and the key can be used again.
/// </summary>
[ScopedService]
public sealed class IdempotentStep(FulfilmentDbContext db, UnitOfWork unitOfWork, IClock clock)
{
    public async Task<Result<T>> Run<T>(
        string scope,
        IdempotencyKey? key,
        string operation,
        object request,
        Func<CancellationToken, Task<Result<T>>> step,
        CancellationToken ct,
        IdempotencyClaim claim = IdempotencyClaim.First,
        HotRow? queueAt = null)
    {
        if (key is null)
        {
            return await unitOfWork.Run(step, ct, queueAt);
        }

        var hash = Hash(operation, request);
        if (claim == IdempotencyClaim.WithAnswer)
        {
            return await RunClaimingWithAnswer(scope, key, hash, step, queueAt, ct);
        }

        long claimId = 0;
        return await unitOfWork.Run(
            async token =>
            {
                claimId = 0;
                var claimed = await Claim(scope, key.Value, hash, token);
                if (claimed.Existing is { } existing)
                {
                    return Replay<T>(existing, hash);
                }

                claimId = claimed.Id;
                return await step(token);
            },
            (value, _) =>
            {
                if (claimId != 0)
                {
                    // The answer rides in the step's last batch of changes: one UPDATE of the claimed row, no extra round trip.
                    var record = new IdempotencyRecord { Id = claimId };
                    db.IdempotencyRecords.Attach(record);
                    record.ResponseJson = JsonSerializer.Serialize(value, Json.Options);
                }

                return Task.CompletedTask;
            },
            ct,
            queueAt);
    }

    /// <summary>
    /// <see cref="IdempotencyClaim.WithAnswer"/>: the step runs unclaimed and its answer is inserted under the key in the
    /// step's last batch, with COMMIT. A racing twin's insert waits on the unique index until the first commits and then fails, so
    /// only one commits; any run that fails (that insert, or the step itself, e.g. nothing left to ship because the
    /// first has shipped it) answers what was stored under the key if anything was, and only otherwise its own problem.
    /// </summary>
    private async Task<Result<T>> RunClaimingWithAnswer<T>(
        string scope, IdempotencyKey key, string hash, Func<CancellationToken, Task<Result<T>>> step, HotRow? queueAt, CancellationToken ct)
    {
        var result = await unitOfWork.Run(
            step,
            (value, token) => unitOfWork.AtCommit(
                db.Insert([new IdempotencyRecord
                {
                    Scope = scope,
                    Key = key.Value,
                    RequestHash = hash,
                    ResponseJson = JsonSerializer.Serialize(value, Json.Options),
                    CreatedAt = clock.UtcNow,
                }]),
                token),
            ct,
            queueAt);
        if (result.IsSuccess)
        {
            return result;
        }

        var stored = await Find(scope, key.Value, ct);
        return stored is null ? result : Replay<T>(stored, hash);
    }

    private static Result<T> Replay<T>(IdempotencyRecord stored, string hash) =>
        stored.RequestHash == hash
            ? JsonSerializer.Deserialize<T>(stored.ResponseJson, Json.Options)!
            : Result<T>.Failure(new Problem(
                ProblemCodes.IdempotencyKeyReused,
                Text.Get("This Idempotency-Key was already used with a different request.")));

    /// <summary>
    /// The answer stored for <paramref name="key"/> in <paramref name="scope"/> by a step that completed, whatever its
    /// request was; null when none did. A caller that derives its keys (a bulk step, one key per item) reads back what
    /// an earlier or racing run of the same item answered.
    /// </summary>
    public async Task<T?> Stored<T>(string scope, IdempotencyKey key, CancellationToken ct)
        where T : class
    {
        var json = await db.IdempotencyRecords.AsNoTracking()
            .Where(r => r.Scope == scope && r.Key == key.Value && r.ResponseJson != "")
            .Select(r => r.ResponseJson)
            .SingleOrDefaultAsync(ct);
        return json is null ? null : JsonSerializer.Deserialize<T>(json, Json.Options);
    }

    private async Task<(long Id, IdempotencyRecord? Existing)> Claim(string scope, string key, string hash, CancellationToken ct)
    {
        var id = await db.ScalarAsync<long?>(
            """
            INSERT INTO idempotency_records (scope, key, request_hash, response_json, created_at)
            VALUES (@scope, @key, @hash, '', @now)
            ON CONFLICT (scope, key) DO NOTHING
            RETURNING id
            """,
            ct,
            ("scope", scope),
            ("key", key),
            ("hash", hash),
            ("now", clock.UtcNow));
        if (id is not null)
        {
            return (id.Value, null);
        }

        // The conflicting insert has committed (ON CONFLICT waited for it), so this statement's snapshot sees it.
        return (0, await Find(scope, key, ct) ?? throw new InvalidOperationException("The conflicting idempotency record is not visible."));
    }

    private Task<IdempotencyRecord?> Find(string scope, string key, CancellationToken ct) =>
        db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key, ct);

    private static string Hash(string operation, object request)
    {
        var payload = operation + "\n" + JsonSerializer.Serialize(request, request.GetType(), Json.Options);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(payload)));
    }
}

/// <summary>When a step run under an idempotency key claims the key.</summary>
public enum IdempotencyClaim
{
    /// <summary>
    /// Before the step: a racing twin waits for the first to finish and never runs the step. For steps with effects
    /// outside the database that are not idempotent themselves.
    /// </summary>
    First,

    /// <summary>
    /// With the answer, in the step's last batch: one round trip less. A racing twin may run the step too, but only one
    /// commits; for steps whose only effect outside the database (a withholding) is idempotent by the step's reference.
    /// </summary>
    WithAnswer,
}

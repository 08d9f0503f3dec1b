namespace Fulfilment.Identity;

/// <summary>
/// Lockout that holds under concurrency and across instances. Before a password is checked, the attempt reserves one
/// of the <see cref="MaxFailures"/> allowed attempts with a single atomic upsert in PostgreSQL; when none is left the
/// password is not even looked at. So however many guesses arrive at once, at most <see cref="MaxFailures"/> are
/// evaluated before the lock, and the one that uses the last attempt locks the email for <see cref="LockFor"/>.
/// A success clears the count. Unknown emails are counted the same way, so "locked" reveals nothing.
/// </summary>
[ScopedService]
public sealed class SignInLockout(FulfilmentDbContext db, IClock clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(5);

    // A reservation left behind by a request that died mid-check would otherwise hold its attempt forever.
    private static readonly TimeSpan StaleReservations = LockFor;

    /// <summary>The attempt's number (1..<see cref="MaxFailures"/>), or null when the email is locked.</summary>
    public async Task<int?> Reserve(string normalizedEmail, CancellationToken ct)
    {
        var now = clock.UtcNow;
        return await db.ScalarAsync<int?>(
            """
            INSERT INTO sign_in_attempts AS a (email_hash, failures, locked_until, updated_at)
            VALUES (@key, 1, NULL, @now)
            ON CONFLICT (email_hash) DO UPDATE
               SET failures = CASE WHEN a.failures >= @max THEN 1 ELSE a.failures + 1 END,
                   locked_until = NULL,
                   updated_at = @now
             WHERE (a.locked_until IS NULL OR a.locked_until <= @now)
               AND (a.failures < @max OR a.updated_at < @stale)
            RETURNING failures
            """,
            ct,
            ("key", Key(normalizedEmail)),
            ("now", now),
            ("max", MaxFailures),
            ("stale", now - StaleReservations));
    }

    /// <summary>Records that reserved attempt <paramref name="attempt"/> failed; the last allowed one locks. True when it locked.</summary>
    public async Task<bool> Failed(string normalizedEmail, int attempt, CancellationToken ct)
    {
        if (attempt < MaxFailures)
        {
            return false;
        }

        var until = clock.UtcNow + LockFor;
        await db.ScalarAsync<int?>(
            "UPDATE sign_in_attempts SET locked_until = @until, failures = 0, updated_at = @now WHERE email_hash = @key RETURNING 1",
            ct,
            ("key", Key(normalizedEmail)),
            ("until", until),
            ("now", clock.UtcNow));

        // Shown to admins on the users page.
        await db.ScalarAsync<int?>(
            "UPDATE \"AspNetUsers\" SET lockout_end = @until WHERE normalized_email = @email RETURNING 1",
            ct,
            ("email", normalizedEmail),
            ("until", until));
        return true;
    }

    public Task Succeeded(string normalizedEmail, CancellationToken ct) =>
        db.ScalarAsync<int?>("DELETE FROM sign_in_attempts WHERE email_hash = @key RETURNING 1", ct, ("key", Key(normalizedEmail)));

    /// <summary>Forgets counts nobody added to for a day (and that hold no lock), and sessions that expired.</summary>
    public async Task<int> Purge(CancellationToken ct)
    {
        var cutoff = clock.UtcNow - TimeSpan.FromDays(1);
        var attempts = await db.ScalarAsync<long?>(
            "WITH gone AS (DELETE FROM sign_in_attempts WHERE updated_at < @cutoff AND (locked_until IS NULL OR locked_until < @cutoff) RETURNING 1) SELECT count(*) FROM gone",
            ct,
            ("cutoff", cutoff)) ?? 0;
        var sessions = await db.ScalarAsync<long?>(
            "WITH gone AS (DELETE FROM sign_in_sessions WHERE expires_at < @cutoff RETURNING 1) SELECT count(*) FROM gone",
            ct,
            ("cutoff", cutoff)) ?? 0;
        return (int)(attempts + sessions);
    }

    private static string Key(string normalizedEmail) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedEmail)));
}

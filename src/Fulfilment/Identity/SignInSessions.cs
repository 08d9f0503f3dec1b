namespace Fulfilment.Identity;

/// <summary>Starts, rotates and revokes <see cref="SignInSession"/>s with atomic statements, so racing requests agree.</summary>
[ScopedService]
public sealed class SignInSessions(FulfilmentDbContext db, IClock clock, ChangeSignals signals)
{
    public async Task<SignInSession> Start(Guid userId, string kind, TimeSpan lifetime, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var session = new SignInSession { Id = Guid.CreateVersion7(), UserId = userId, Kind = kind, Generation = 1, CreatedAt = now, ExpiresAt = now + lifetime };
        db.SignInSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session;
    }

    /// <summary>
    /// Spends refresh <paramref name="generation"/> of a token family and returns the next one. A refresh token that
    /// was already spent (or belongs to a revoked or expired family) gets null and revokes the whole family, so a
    /// stolen refresh token used after (or before) its owner's stops working for both.
    /// </summary>
    public async Task<int?> Rotate(Guid sessionId, Guid userId, int generation, TimeSpan lifetime, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var next = await db.ScalarAsync<int?>(
            """
            UPDATE sign_in_sessions SET generation = generation + 1, expires_at = @expires
             WHERE id = @id AND user_id = @user AND kind = 'token' AND generation = @generation
               AND revoked_at IS NULL AND expires_at > @now
            RETURNING generation
            """,
            ct,
            ("id", sessionId),
            ("user", userId),
            ("generation", generation),
            ("now", now),
            ("expires", now + lifetime));
        signals.SignInsChanged();
        if (next is null)
        {
            await Revoke(sessionId, ct);
        }

        return next;
    }

    public async Task Revoke(Guid sessionId, CancellationToken ct)
    {
        await db.ScalarAsync<int?>(
            "UPDATE sign_in_sessions SET revoked_at = @now WHERE id = @id AND revoked_at IS NULL RETURNING 1",
            ct,
            ("id", sessionId),
            ("now", clock.UtcNow));
        signals.SignInsChanged();
    }
}

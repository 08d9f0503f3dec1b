using System.Security.Cryptography;

namespace Fulfilment.Web.Security;

public enum PasswordCheck
{
    Succeeded,
    Failed,
    LockedOut,
}

/// <summary>
/// Checks an email and password for the login page and the API alike, so both answer the same:
/// <list type="bullet">
/// <item>the lockout is counted atomically in PostgreSQL before the password is looked at (<see cref="SignInLockout"/>),
/// so concurrent guesses cannot get more than five evaluations;</item>
/// <item>an unknown or disabled email is verified against a dummy hash, so it costs the same time as a wrong password,
/// and it is counted and locked like a real one, so neither the time nor the answer tells whether an account exists.</item>
/// </list>
/// Then starts a <see cref="SignInSession"/> whose id goes into the cookie or token, so signing out ends it everywhere.
/// </summary>
public sealed class PasswordSignIn(UserManager<AppUser> users, SignInManager<AppUser> signIn, SignInLockout lockout, SignInSessions sessions)
{
    /// <summary>No address of an account is longer (Identity's column); a longer one is checked against the dummy hash only.</summary>
    private const int MaxEmailLength = 256;

    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<AppUser>().HashPassword(new AppUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    public async Task<(PasswordCheck Outcome, AppUser? User)> Check(string email, string password, CancellationToken ct)
    {
        email = email.Trim();
        if (email.Length > MaxEmailLength)
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, password);
            return (PasswordCheck.Failed, null);
        }

        var normalized = users.NormalizeEmail(email);
        if (await lockout.Reserve(normalized, ct) is not { } attempt)
        {
            return (PasswordCheck.LockedOut, null);
        }

        var user = await users.FindByEmailAsync(email);
        var usable = user is { IsDisabled: false, PasswordHash: not null };
        var verified = users.PasswordHasher.VerifyHashedPassword(user ?? new AppUser(), usable ? user!.PasswordHash! : DummyHash.Value, password);
        if (usable && verified != PasswordVerificationResult.Failed)
        {
            await lockout.Succeeded(normalized, ct);
            return (PasswordCheck.Succeeded, user);
        }

        return (await lockout.Failed(normalized, attempt, ct) ? PasswordCheck.LockedOut : PasswordCheck.Failed, null);
    }

    /// <summary>The principal for a new sign-in of <paramref name="user"/>, carrying a new session of <paramref name="kind"/>.</summary>
    public async Task<ClaimsPrincipal> StartSession(AppUser user, string kind, TimeSpan lifetime, CancellationToken ct)
    {
        var session = await sessions.Start(user.Id, kind, lifetime, ct);
        return await PrincipalFor(user, session.Id, session.Generation);
    }

    public async Task<ClaimsPrincipal> PrincipalFor(AppUser user, Guid sessionId, int generation)
    {
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(ClaimNames.SessionId, sessionId.ToString()));
        identity.AddClaim(new Claim(ClaimNames.SessionGeneration, generation.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return principal;
    }
}

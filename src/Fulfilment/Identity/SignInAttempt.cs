namespace Fulfilment.Identity;

/// <summary>
/// Failed sign-ins of one email address, known or not (so a lockout answer never tells whether an account exists),
/// kept in PostgreSQL so every instance of the app counts the same failures. The key is a SHA-256 of the normalized
/// email: guessed addresses are not stored in clear.
/// </summary>
public sealed class SignInAttempt
{
    public string EmailHash { get; set; } = "";

    /// <summary>Attempts counted since the last lockout or success, including the ones still being checked.</summary>
    public int Failures { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

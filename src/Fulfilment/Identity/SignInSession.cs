namespace Fulfilment.Identity;

/// <summary>
/// One sign-in: a page session (its cookie) or an API token family (the access and refresh tokens that descend from
/// one login). Cookies and tokens carry its id; a revoked session is refused on the next request, on every instance.
/// A token family also counts its refreshes: only the latest refresh token, and the access token issued with it, are
/// valid, and presenting a spent refresh token revokes the family.
/// </summary>
public sealed class SignInSession
{
    public const string Cookie = "cookie";
    public const string Token = "token";

    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public string Kind { get; set; } = Token;
    public int Generation { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

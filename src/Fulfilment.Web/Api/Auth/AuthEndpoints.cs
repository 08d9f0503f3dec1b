using Microsoft.AspNetCore.Authentication.BearerToken;

namespace Fulfilment.Web.Api.Auth;

/// <summary>
/// Bearer tokens for API clients: <c>POST /api/auth/login</c> and <c>/api/auth/refresh</c> answer
/// <c>{tokenType, accessToken, expiresIn, refreshToken}</c>; <c>POST /api/auth/logout</c> revokes them. Every login starts
/// a token family (<see cref="SignInSession"/>): a refresh token works once, and only the newest access token works.
/// There is no self-registration: admins create users.
/// </summary>
internal sealed class AuthEndpoints : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapPost("/login", LoginAsync)
            .AllowAnonymous()
            .WithSummary("Exchange email and password for a bearer token. Five failures in a row lock the email for five minutes.")
            .WithDescription("Answers a bearer `accessToken` (send it as `Authorization: Bearer <accessToken>`), its lifetime `expiresIn` in seconds, and a `refreshToken` for `POST /api/auth/refresh`. Sign-in attempts are limited per client address and per account (see Rate limits); an unknown email answers exactly as a wrong password does.")
            .WithName("Login")
            .Produces<AccessTokenResponse>()
            .ProducesProblemCodes(StatusCodes.Status401Unauthorized, ProblemCodes.Unauthorized, ProblemCodes.LockedOut)
            .ProducesProblemCodes(StatusCodes.Status429TooManyRequests, ProblemCodes.RateLimited);
        auth.MapPost("/refresh", RefreshAsync)
            .AllowAnonymous()
            .WithSummary("Exchange a refresh token for a new access and refresh token. Each refresh token works once.")
            .WithDescription("The access token issued before stops working. Presenting a refresh token that was already spent revokes its whole family: every access and refresh token descended from the same sign-in.")
            .WithName("RefreshToken")
            .Produces<AccessTokenResponse>()
            .ProducesProblemCodes(StatusCodes.Status401Unauthorized, ProblemCodes.Unauthorized)
            .ProducesProblemCodes(StatusCodes.Status429TooManyRequests, ProblemCodes.RateLimited);
        auth.MapPost("/logout", LogoutAsync)
            .WithSummary("Sign out: revokes the caller's access token and the refresh tokens of the same sign-in.")
            .WithDescription("Send the bearer token to end: it stops working at once, and so do the refresh token and any access token of the same sign-in. Other sign-ins of the user stay valid. Answers 204 with no body.")
            .WithName("Logout")
            .Produces(StatusCodes.Status204NoContent);
        api.MapGet("/me", (ICurrentActor actor, ClaimsPrincipal user) => TypedResults.Ok(new MeResponse(
                actor.Name, actor.Role, actor.StoreId, user.FindFirst(ClaimNames.StoreName)?.Value, actor.WarehouseId)))
            .WithTags("Auth")
            .WithSummary("Who the token belongs to: email, role, and the store or warehouse it acts for.")
            .WithDescription("Any signed-in role. `storeId` and `storeName` are set for sellers, `warehouseId` for warehouse staff.")
            .WithName("GetMe");
    }

    private static async Task<IResult> LoginAsync(
        LoginRequest request,
        HttpContext context,
        PasswordSignIn passwords,
        SignInLimiter limiter,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(request.Email))
            {
                errors["email"] = [Text.Get("Required.")];
            }

            if (string.IsNullOrEmpty(request.Password))
            {
                errors["password"] = [Text.Get("Required.")];
            }

            return Problem.Validation(errors).ToResult();
        }

        if (limiter.Refuse(context, request.Email) is { } wait)
        {
            return RateLimiting.Result(context, wait);
        }

        var (outcome, user) = await passwords.Check(request.Email, request.Password, ct);
        if (outcome == PasswordCheck.LockedOut)
        {
            return new Problem(ProblemCodes.LockedOut, Text.Get("Too many failed sign-ins: this account is locked for a few minutes.")).ToResult();
        }

        if (outcome != PasswordCheck.Succeeded || user is null)
        {
            return BadCredentials();
        }

        var lifetime = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenExpiration;
        var principal = await passwords.StartSession(user, SignInSession.Token, lifetime, ct);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<IResult> RefreshAsync(
        RefreshRequest request,
        HttpContext context,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        SignInManager<AppUser> signIn,
        PasswordSignIn passwords,
        SignInSessions sessions,
        SignInLimiter limiter,
        TimeProvider time,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken))
        {
            return Problem.Field("refreshToken", Text.Get("Required.")).ToResult();
        }

        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var ticket = options.RefreshTokenProtector.Unprotect(request.RefreshToken);
        var userId = ticket?.Principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (limiter.Refuse(context, userId is null ? null : "user:" + userId) is { } wait)
        {
            return RateLimiting.Result(context, wait);
        }

        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || !Guid.TryParse(ticket.Principal.FindFirstValue(ClaimNames.SessionId), out var sessionId)
            || !int.TryParse(ticket.Principal.FindFirstValue(ClaimNames.SessionGeneration), out var generation)
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { IsDisabled: false } user)
        {
            return InvalidRefreshToken();
        }

        // Spends this refresh token; a spent one revokes the family (and so every access token descended from it).
        if (await sessions.Rotate(sessionId, user.Id, generation, options.RefreshTokenExpiration, ct) is not { } next)
        {
            return InvalidRefreshToken();
        }

        var principal = await passwords.PrincipalFor(user, sessionId, next);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<IResult> LogoutAsync(ClaimsPrincipal user, SignInSessions sessions, CancellationToken ct)
    {
        if (Guid.TryParse(user.FindFirstValue(ClaimNames.SessionId), out var sessionId))
        {
            await sessions.Revoke(sessionId, ct);
        }

        return TypedResults.NoContent();
    }

    private static IResult InvalidRefreshToken() =>
        new Problem(ProblemCodes.Unauthorized, Text.Get("The refresh token is invalid or expired: sign in again.")).ToResult();

    private static IResult BadCredentials() =>
        new Problem(ProblemCodes.Unauthorized, Text.Get("The email or password is not right.")).ToResult();

    internal sealed record MeResponse(string Email, [property: SchemaValues(Roles.SchemaName, Roles.Seller, Roles.WarehouseStaff, Roles.Admin)] string? Role, long? StoreId, string? StoreName, int? WarehouseId);

    /// <summary>Sign-in: a longer email or password than a user can have never signs in.</summary>
    internal sealed record LoginRequest(
        [property: System.ComponentModel.DataAnnotations.Required, System.ComponentModel.DataAnnotations.MaxLength(256)] string? Email,
        [property: System.ComponentModel.DataAnnotations.Required, System.ComponentModel.DataAnnotations.MaxLength(NewUserRequestValidator.MaxPasswordLength)] string? Password);

    internal sealed record RefreshRequest(string? RefreshToken);
}

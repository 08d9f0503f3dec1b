using Fulfilment.Common;
using Fulfilment.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Fulfilment.Web.Api.Auth;

/// <summary>
/// Bearer tokens for API clients: <c>POST /api/auth/login</c> and <c>/api/auth/refresh</c> answer
/// <c>{tokenType, accessToken, expiresIn, refreshToken}</c>. There is no self-registration: admins create users.
/// </summary>
internal sealed class AuthEndpoints : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").AllowAnonymous().WithTags("Auth");
        auth.MapPost("/login", LoginAsync)
            .WithSummary("Exchange email and password for a bearer token. Five failures in a row lock the account for five minutes.")
            .WithDescription(
                "Answers a bearer `accessToken` (send it as `Authorization: Bearer <accessToken>`), its lifetime `expiresIn` in " +
                "seconds, and a `refreshToken` for `POST /api/auth/refresh`. A wrong email or password is 401 unauthorized; after " +
                "five failures in a row the account is locked for five minutes (401 locked_out), even for the right password.")
            .WithName("Login")
            .Produces<AccessTokenResponse>()
            .ProducesProblemCodes(StatusCodes.Status401Unauthorized, ProblemCodes.Unauthorized, ProblemCodes.LockedOut);
        auth.MapPost("/refresh", RefreshAsync)
            .WithSummary("Exchange a refresh token for a new bearer token.")
            .WithDescription(
                "A refresh token works once: the answer holds a new token pair, and reusing a spent refresh token revokes every " +
                "token of its family (401 unauthorized). An expired or unknown refresh token is 401 unauthorized.")
            .WithName("RefreshToken")
            .Produces<AccessTokenResponse>()
            .ProducesProblemCodes(StatusCodes.Status401Unauthorized, ProblemCodes.Unauthorized);
        api.MapGet("/me", (ICurrentActor actor, System.Security.Claims.ClaimsPrincipal user) => TypedResults.Ok(new MeResponse(
                actor.Name, actor.Role, actor.StoreId, user.FindFirst(ClaimNames.StoreName)?.Value, actor.WarehouseId)))
            .WithTags("Auth")
            .WithSummary("Who the token belongs to: email, role, and the store or warehouse it acts for.")
            .WithDescription("Any signed-in role. `storeId` and `storeName` are set for sellers, `warehouseId` for warehouse staff.")
            .WithName("GetMe");
    }

    private static async Task<IResult> LoginAsync(LoginRequest request, SignInManager<AppUser> signIn, UserManager<AppUser> users)
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

        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null || user.IsDisabled)
        {
            return BadCredentials();
        }

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return new Problem(ProblemCodes.LockedOut, Text.Get("Too many failed sign-ins: this account is locked for a few minutes.")).ToResult();
        }

        // On success the bearer handler has already written the token response.
        return result.Succeeded ? TypedResults.Empty : BadCredentials();
    }

    private static async Task<IResult> RefreshAsync(
        RefreshRequest request,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        SignInManager<AppUser> signIn,
        TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken))
        {
            return Problem.Field("refreshToken", Text.Get("Required.")).ToResult();
        }

        var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { IsDisabled: false } user)
        {
            return new Problem(ProblemCodes.Unauthorized, Text.Get("The refresh token is invalid or expired: sign in again.")).ToResult();
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static IResult BadCredentials() =>
        new Problem(ProblemCodes.Unauthorized, Text.Get("The email or password is not right.")).ToResult();

    internal sealed record MeResponse(string Email, [property: SchemaValues(Roles.SchemaName, Roles.Seller, Roles.WarehouseStaff, Roles.Admin)] string? Role, long? StoreId, string? StoreName, int? WarehouseId);

    /// <summary>Sign-in: a longer email or password than a user can have never signs in.</summary>
    internal sealed record LoginRequest(
        [property: System.ComponentModel.DataAnnotations.Required, System.ComponentModel.DataAnnotations.MaxLength(256)] string? Email,
        [property: System.ComponentModel.DataAnnotations.Required, System.ComponentModel.DataAnnotations.MaxLength(NewUserRequestValidator.MaxPasswordLength)] string? Password);

    internal sealed record RefreshRequest(string? RefreshToken);
}

namespace Fulfilment.Web.Pages.Account;

public sealed class LoginModel(PasswordSignIn passwords, SignInLimiter limiter, IStringLocalizer<SharedText> text) : PageModel
{
    /// <summary>How long a page session is remembered server-side (the cookie itself slides over 12 hours of inactivity).</summary>
    private static readonly TimeSpan CookieSessionLifetime = TimeSpan.FromDays(30);

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", text["Enter your email address."]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", text["Enter your password."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (limiter.Refuse(HttpContext, Input.Email) is { } wait)
        {
            var seconds = RateLimiting.RetryAfterSeconds(wait);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ModelState.AddModelError(string.Empty, text["Too many sign-in attempts. Wait {0} seconds, then try again.", seconds]);
            return Page();
        }

        var (outcome, user) = await passwords.Check(Input.Email!, Input.Password!, HttpContext.RequestAborted);
        if (outcome == PasswordCheck.Succeeded && user is not null)
        {
            var principal = await passwords.StartSession(user, SignInSession.Cookie, CookieSessionLifetime, HttpContext.RequestAborted);
            await HttpContext.SignInAsync(IdentityConstants.ApplicationScheme, principal, new AuthenticationProperties { IsPersistent = true });
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ModelState.AddModelError(string.Empty, outcome == PasswordCheck.LockedOut
            ? text["Too many failed sign-ins: this account is locked for a few minutes."]
            : text["The email or password is not right."]);
        return Page();
    }

    public sealed class LoginInput
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }
}

namespace Fulfilment.Web.Pages.Account;

/// <summary>Signs out: revokes the cookie's sign-in session server-side, so a copy of the cookie is refused too.</summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn, SignInSessions sessions) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (Guid.TryParse(User.FindFirstValue(ClaimNames.SessionId), out var sessionId))
        {
            await sessions.Revoke(sessionId, HttpContext.RequestAborted);
        }

        await signIn.SignOutAsync();
        return Redirect("/Login");
    }
}

using Microsoft.AspNetCore.Localization;

namespace Fulfilment.Web.Pages.Account;

/// <summary>
/// The language switch: remembers the choice for a year and goes back to the page the user was on. Its form carries an
/// antiforgery token like every other, so another site cannot switch a user's language.
/// </summary>
public sealed class CultureModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = culture == "zh-CN" ? "zh-CN" : "en";
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = Request.IsHttps });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}

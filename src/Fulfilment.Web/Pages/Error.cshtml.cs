using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fulfilment.Web.Pages;

[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string RequestId { get; private set; } = "";

    public bool IsNotFound { get; private set; }

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        IsNotFound = status == StatusCodes.Status404NotFound;
        if (status is >= 400 and < 600)
        {
            Response.StatusCode = status.Value;
        }
    }
}

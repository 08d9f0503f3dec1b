using System.Diagnostics;

namespace Fulfilment.Web.Pages;

[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string RequestId { get; private set; } = "";

    public bool IsNotFound { get; private set; }

    /// <summary>The request could not be read (400, 413, 415): the person can fix it, nothing was changed.</summary>
    public bool IsBadRequest { get; private set; }

    /// <summary>The field that held what could not be stored, when one did (see <see cref="PageInput"/>).</summary>
    public string? UnreadableField { get; private set; }

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        if (status is >= 400 and < 600)
        {
            Response.StatusCode = status.Value;
        }

        IsNotFound = Response.StatusCode == StatusCodes.Status404NotFound;
        IsBadRequest = Response.StatusCode is StatusCodes.Status400BadRequest or StatusCodes.Status413PayloadTooLarge or StatusCodes.Status415UnsupportedMediaType;
        UnreadableField = HttpContext.Items[PageInput.FieldItem] as string;
    }
}

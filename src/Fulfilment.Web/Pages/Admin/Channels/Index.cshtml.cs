namespace Fulfilment.Web.Pages.Admin.Channels;

/// <summary>Logistics channels: the list, and switching a channel in or out of service.</summary>
public sealed class IndexModel(ChannelAdminService channels, IStringLocalizer<AdminText> text) : PageModel
{
    /// <summary>The page of the list shown (<c>?p=2</c>), as the API pages it.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Paged<ChannelView> List { get; private set; } = new([], 0, 1, PageRequest.DefaultSize);

    public IReadOnlyList<ChannelView> Channels => List.Items;

    public async Task OnGetAsync(CancellationToken ct) => List = await channels.List(new PageRequest(PageNumber, PageRequest.DefaultSize), ct);

    public async Task<IActionResult> OnPostActiveAsync(string code, bool active, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var result = await channels.SetActive(code, active, ct);
        TempData[result.IsSuccess ? "Success" : "Error"] = result.IsSuccess
            ? (active ? text["Channel {0} is active: sellers are quoted it again.", code] : text["Channel {0} is deactivated: sellers no longer see it.", code]).Value
            : result.Problem.Message;
        return RedirectToPage();
    }
}

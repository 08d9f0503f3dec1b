using Fulfilment.Channels;
using Fulfilment.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fulfilment.Web.Pages.Admin.Channels;

/// <summary>Logistics channels: the list, and switching a channel in or out of service.</summary>
public sealed class IndexModel(ChannelAdminService channels, IStringLocalizer<AdminText> text) : PageModel
{
    public IReadOnlyList<ChannelView> Channels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Channels = await channels.List(ct);

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

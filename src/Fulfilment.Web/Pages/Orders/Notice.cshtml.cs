using Fulfilment.Notices;
using Fulfilment.Shipping;
using Fulfilment.Web.Infrastructure;
using Fulfilment.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fulfilment.Web.Pages.Orders;

/// <summary>Fill in shipping notice (填写发货通知) for parcels of an order, and Confirm shipment complete (发货完毕确认).</summary>
public sealed class NoticeModel(NoticeService notices, IStringLocalizer<OrdersText> text, PageTime time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string OrderNumber { get; set => field = value ?? ""; } = "";

    /// <summary>Preselects one parcel when the notice is started from that parcel.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Waybill { get; set; }

    public IReadOnlyList<LogisticsOrder> Parcels { get; private set; } = [];

    [BindProperty]
    public NoticeInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await Load(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostFileAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await Load(ct) ? Page() : NotFound();
        }

        var result = await notices.File(OrderNumber, new FileNoticeRequest { WaybillNumbers = Input.Waybills, ShippedAt = Input.ShippedAtUtc(time.Zone) }, ct);
        if (result.IsSuccess)
        {
            TempData["Success"] = text["Shipping notice filed for {0}.", string.Join(", ", result.Value.WaybillNumbers)].Value;
            return Redirect($"/Orders/{Uri.EscapeDataString(OrderNumber)}");
        }

        ModelState.AddProblem(result.Problem);
        return await Load(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCompleteAsync(CancellationToken ct)
    {
        var result = await notices.CompleteShipment(OrderNumber, ct);
        TempData[result.IsSuccess ? "Success" : "Error"] = result.IsSuccess ? text["Shipment confirmed complete."].Value : result.Problem.Message;
        return result.IsSuccess || result.Problem.Code != Common.ProblemCodes.NotFound ? Redirect($"/Orders/{Uri.EscapeDataString(OrderNumber)}") : NotFound();
    }

    private async Task<bool> Load(CancellationToken ct)
    {
        var parcels = await notices.Noticeable(OrderNumber, ct);
        Parcels = parcels.IsSuccess ? parcels.Value : [];
        return parcels.IsSuccess;
    }

    public sealed class NoticeInput
    {
        public List<string> Waybills { get; set; } = [];

        /// <summary>As the datetime-local field gives it: a wall-clock time in the store's time zone (the one the page names).</summary>
        public DateTime? ShippedAt { get; set; }

        public DateTimeOffset? ShippedAtUtc(Common.LocalTime zone) => ShippedAt is { } local ? zone.FromLocal(local) : null;
    }
}

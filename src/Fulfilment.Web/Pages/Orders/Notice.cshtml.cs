using Fulfilment.Notices;
using Fulfilment.Shipping;
using Fulfilment.Web.Infrastructure;
using Fulfilment.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fulfilment.Web.Pages.Orders;

/// <summary>Fill in shipping notice (填写发货通知) for parcels of an order, and Confirm shipment complete (发货完毕确认).</summary>
public sealed class NoticeModel(NoticeService notices, IStringLocalizer<OrdersText> text) : PageModel
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
            // The time zone travels in a hidden field beside the shipped-at time; its error belongs to that field.
            if (ModelState.TryGetValue("Input.TimezoneOffsetMinutes", out var zone) && zone.Errors.Count > 0 && ModelState.GetFieldValidationState("Input.ShippedAt") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            {
                ModelState.AddModelError("Input.ShippedAt", zone.Errors[0].ErrorMessage);
            }

            return await Load(ct) ? Page() : NotFound();
        }

        var result = await notices.File(OrderNumber, new FileNoticeRequest { WaybillNumbers = Input.Waybills, ShippedAt = Input.ShippedAtUtc() }, ct);
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

        /// <summary>As the browser's datetime-local field gives it: the seller's wall-clock time.</summary>
        public DateTime? ShippedAt { get; set; }

        /// <summary>The browser's offset from UTC in minutes (JavaScript's getTimezoneOffset), filled in by the page.</summary>
        public int TimezoneOffsetMinutes { get; set; }

        public DateTimeOffset? ShippedAtUtc() =>
            ShippedAt is { } local
                ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.FromMinutes(-Math.Clamp(TimezoneOffsetMinutes, -14 * 60, 14 * 60))).ToUniversalTime()
                : null;
    }
}

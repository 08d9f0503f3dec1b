using Fulfilment.Notices;
using Fulfilment.Notices.CompleteShipment;
using Fulfilment.Notices.FileShippingNotice;

namespace Fulfilment.Web.Pages.Orders;

/// <summary>
/// Fill in shipping notice (填写发货通知) for parcels of an order (confirming the handover of those no warehouse has
/// received yet) and for a shipment sent by the seller's own carrier; and Confirm shipment complete (发货完毕确认).
/// </summary>
public sealed partial class NoticeModel(FileShippingNoticeHandler notices, CompleteShipmentHandler completion, IStringLocalizer<OrdersText> text, PageTime time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string OrderNumber { get; set => field = value ?? ""; } = "";

    /// <summary>Preselects one parcel when the notice is started from that parcel.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Waybill { get; set; }

    public NoticeFormView Form { get; private set; } = null!;

    /// <summary>Parcels the last refusal named as not handed over (their rows show the error).</summary>
    public IReadOnlyList<string> NotHandedOver { get; private set; } = [];

    [BindProperty]
    public NoticeInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await Load(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostFileAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await Load(ct) ? Page() : NotFound();
        }

        if (!await Load(ct))
        {
            return NotFound();
        }

        // Each parcel no warehouse has received needs its own tick: name the ones left unticked next to their rows.
        var unconfirmed = Form.Parcels
            .Where(p => p.NeedsHandoverConfirmation && Input.Waybills.Contains(p.WaybillNumber) && !Input.HandedOver.Contains(p.WaybillNumber))
            .Select(p => p.WaybillNumber)
            .ToList();
        var (request, lineIndex) = Input.ToRequest(time.Zone);
        var result = unconfirmed.Count > 0
            ? Result<ShippingNoticeView>.Failure(NoticeProblems.NotHandedOver(unconfirmed))
            : await notices.File(OrderNumber, request, ct);
        if (result.IsSuccess)
        {
            var named = result.Value.WaybillNumbers.Concat((result.Value.ExternalShipments ?? []).Select(e => e.TrackingNumber));
            TempData["Success"] = text["Shipping notice filed for {0}.", string.Join(", ", named)].Value;
            return Redirect($"/Orders/{Uri.EscapeDataString(OrderNumber)}");
        }

        if (result.Problem.Code == ProblemCodes.NotHandedOver)
        {
            NotHandedOver = (result.Problem.Data as NotHandedOverParcels)?.WaybillNumbers ?? [];
            ModelState.AddModelError("Input.HandedOver", result.Problem.Message);
        }
        else
        {
            ModelState.AddProblem(ToForm(result.Problem, lineIndex));
        }

        return await Load(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCompleteAsync(CancellationToken ct)
    {
        var result = await completion.Complete(OrderNumber, ct);
        TempData[result.IsSuccess ? "Success" : "Error"] = result.IsSuccess ? text["Shipment confirmed complete."].Value : result.Problem.Message;
        return result.IsSuccess || result.Problem.Code != ProblemCodes.NotFound ? Redirect($"/Orders/{Uri.EscapeDataString(OrderNumber)}") : NotFound();
    }

    /// <summary>Before the form is drawn: one external-shipment row per order line (the form's rows follow the order's lines).</summary>
    public override void OnPageHandlerExecuted(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutedContext context)
    {
        if (context.Result is PageResult && Form is not null)
        {
            for (var i = Input.Lines.Count; i < Form.Lines.Count; i++)
            {
                Input.Lines.Add(new ExternalLineInput { Sku = Form.Lines[i].Sku });
            }
        }
    }

    private async Task<bool> Load(CancellationToken ct)
    {
        var form = await notices.Form(OrderNumber, ct);
        if (form.IsSuccess)
        {
            Form = form.Value;
        }

        return form.IsSuccess;
    }

    /// <summary>Puts the external shipment's line errors back under the form's own rows.</summary>
    private static Problem ToForm(Problem problem, int[] lineIndex) => problem.Errors is null
        ? problem
        : problem with
        {
            Errors = problem.Errors.ToDictionary(
                e => ExternalLine().Replace(e.Key, m => int.TryParse(m.Groups[1].ValueSpan, out var i) && i < lineIndex.Length ? $"ExternalShipments[0].Lines[{lineIndex[i]}]" : m.Value),
                e => e.Value),
        };

    [GeneratedRegex(@"^ExternalShipments\[0\]\.Lines\[(\d+)\]")]
    private static partial Regex ExternalLine();

    public sealed class NoticeInput
    {
        public List<string> Waybills { get; set; } = [];

        /// <summary>The parcels the seller ticked as packed and handed to the carrier.</summary>
        public List<string> HandedOver { get; set; } = [];

        /// <summary>Whether the notice also declares a shipment sent by the seller's own carrier.</summary>
        public bool DeclareExternal { get; set; }

        public string? CarrierName { get; set; }

        public string? TrackingNumber { get; set; }

        public string? TrackingUrl { get; set; }

        /// <summary>Per order line (in the order's line order): the SKU and how many units the shipment holds; all empty = everything that remains.</summary>
        public List<ExternalLineInput> Lines { get; set; } = [];

        /// <summary>As the datetime-local field gives it: a wall-clock time in the store's time zone (the one the page names).</summary>
        public DateTime? ShippedAt { get; set; }

        public DateTimeOffset? ShippedAtUtc(Common.LocalTime zone) => ShippedAt is { } local ? zone.FromLocal(local) : null;

        /// <summary>The request the form stands for, and for each external request line the row it came from.</summary>
        public (FileNoticeRequest Request, int[] LineIndex) ToRequest(Common.LocalTime zone)
        {
            var kept = Lines.Select((line, index) => (line, index)).Where(x => x.line.Quantity is not null and not 0).ToList();
            ExternalShipmentRequest[]? external = DeclareExternal
                ?
                [
                    new ExternalShipmentRequest
                    {
                        CarrierName = CarrierName,
                        TrackingNumber = TrackingNumber,
                        TrackingUrl = TrackingUrl,
                        Lines = kept.Count == 0 ? null : [.. kept.Select(x => new ExternalShipmentLineRequest { Sku = x.line.Sku, Quantity = x.line.Quantity })],
                    },
                ]
                : null;
            var request = new FileNoticeRequest
            {
                WaybillNumbers = Waybills,
                HandedOver = HandedOver.Count > 0 ? true : null,
                ExternalShipments = external,
                ShippedAt = ShippedAtUtc(zone),
            };
            return (request, [.. kept.Select(x => x.index)]);
        }
    }

    public sealed class ExternalLineInput
    {
        public string? Sku { get; set; }

        public int? Quantity { get; set; }
    }
}

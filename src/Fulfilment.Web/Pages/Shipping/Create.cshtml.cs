using Fulfilment.Channels;
using Fulfilment.Common;
using Fulfilment.Idempotency;
using Fulfilment.Shipping;
using Fulfilment.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fulfilment.Web.Pages.Shipping;

/// <summary>Step 2: the logistics order form. Submitting deducts the freight and issues the waybill, once per form.</summary>
public sealed class CreateModel(ShippingService shipping) : PageModel
{
    [FromRoute]
    public string OrderNumber { get; set => field = value ?? ""; } = "";

    [BindProperty(SupportsGet = true)]
    public string Channel { get; set => field = value ?? ""; } = "";

    [BindProperty(SupportsGet = true)]
    public GoodsType GoodsType { get; set; } = GoodsType.General;

    /// <summary>Whether step 1 confirmed a channel other than the buyer's.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Confirm { get; set; }

    [BindProperty]
    public CreateLogisticsOrderRequest Input { get; set; } = new();

    [BindProperty]
    public bool ModifyRecipient { get; set; }

    /// <summary>The form's own idempotency key: a double-click, or a second tab posting the same form, creates one parcel.</summary>
    [BindProperty]
    public string? FormKey { get; set; }

    public CreateFormView Form { get; private set; } = null!;

    /// <summary>After a submit whose withholding the bound account refused: how much could not be withheld, and why in words.</summary>
    public (decimal Missing, string Message, bool Declined)? Shortfall { get; private set; }

    private string Here => $"/Shipping/{Uri.EscapeDataString(OrderNumber)}/Create?channel={Uri.EscapeDataString(Channel)}&goodsType={GoodsType}&confirm={Confirm}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await Load(ct) is { } leave)
        {
            return leave;
        }

        if (Form.IsMismatch && !Confirm)
        {
            return Redirect($"{ShippingPages.ChannelUrl(OrderNumber)}?channel={Uri.EscapeDataString(Channel)}&goodsType={GoodsType}");
        }

        (Input, FormKey) = (CreateFormInput.Defaults(Form, Confirm), Guid.NewGuid().ToString("N"));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A value the form could not read (letters in a number, an unknown category) is never replaced by a default.
        if (!ModelState.IsValid)
        {
            return await Load(ct) ?? Page();
        }

        var (request, formIndex) = CreateFormInput.ToRequest(Input, ModifyRecipient);
        var key = IdempotencyKey.Parse(FormKey);
        var created = await shipping.Create(OrderNumber, request, key.IsSuccess ? key.Value : null, ct);
        if (created.IsSuccess)
        {
            return Redirect($"/Shipping/Created/{created.Value.Id}");
        }

        Shortfall = CreateFormInput.Shortfall(created.Problem);
        if (Shortfall is null)
        {
            ModelState.AddProblem(CreateFormInput.ToForm(created.Problem, formIndex));
        }

        // A key already spent on another submission cannot be used again: this form gets a new one.
        FormKey = created.Problem.Code == ProblemCodes.IdempotencyKeyReused ? Guid.NewGuid().ToString("N") : FormKey;
        return await Load(ct) ?? Page();
    }

    private async Task<IActionResult?> Load(CancellationToken ct)
    {
        var form = await shipping.CreateForm(OrderNumber, Channel, GoodsType, ct);
        if (form.IsSuccess)
        {
            Form = form.Value;
            return null;
        }

        return ShippingPages.Leave(this, form.Problem, OrderNumber, Here) ?? Redirect(ShippingPages.ChannelUrl(OrderNumber));
    }
}

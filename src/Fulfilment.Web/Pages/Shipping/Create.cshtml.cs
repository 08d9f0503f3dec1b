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
    public string OrderNumber { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Channel { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public GoodsType GoodsType { get; set; } = GoodsType.General;

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

    /// <summary>How much the balance is short of this parcel's charges, after a refused submit, and the reason in words.</summary>
    public decimal? Missing { get; private set; }

    public string? ShortfallMessage { get; private set; }

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

        Input = CreateFormInput.Defaults(Form, Confirm);
        FormKey = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (request, formIndex) = CreateFormInput.ToRequest(Input, ModifyRecipient);
        var key = IdempotencyKey.Parse(FormKey);
        var created = await shipping.Create(OrderNumber, request, key.IsSuccess ? key.Value : null, ct);
        if (created.IsSuccess)
        {
            return Redirect($"/Shipping/Created/{created.Value.Id}");
        }

        var problem = created.Problem;
        if (problem.Code == ProblemCodes.IdempotencyKeyReused)
        {
            FormKey = Guid.NewGuid().ToString("N");
        }

        if (problem.Code == ProblemCodes.InsufficientBalance && problem.Extensions?.GetValueOrDefault("missingAmount") is decimal missing)
        {
            (Missing, ShortfallMessage) = (missing, problem.Message);
        }
        else
        {
            ModelState.AddProblem(CreateFormInput.ToForm(problem, formIndex));
        }

        return await Load(ct) ?? Page();
    }

    private async Task<IActionResult?> Load(CancellationToken ct)
    {
        var form = await shipping.CreateForm(OrderNumber, Channel, GoodsType, ct);
        if (!form.IsSuccess)
        {
            var back = $"/Shipping/{Uri.EscapeDataString(OrderNumber)}/Create?channel={Uri.EscapeDataString(Channel)}&goodsType={GoodsType}&confirm={Confirm}";
            return ShippingPages.Leave(this, form.Problem, OrderNumber, back) ?? Redirect(ShippingPages.ChannelUrl(OrderNumber));
        }

        Form = form.Value;
        return null;
    }
}

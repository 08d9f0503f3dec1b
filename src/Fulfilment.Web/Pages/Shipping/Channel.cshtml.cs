using Fulfilment.Shipping.QuoteChannels;

namespace Fulfilment.Web.Pages.Shipping;

/// <summary>Step 1: the goods type, and a channel among every active one with its quote; the buyer's is preselected.</summary>
public sealed class ChannelModel(QuoteChannelsHandler quotes, ChooseChannelHandler chooser) : PageModel
{
    [FromRoute]
    public string OrderNumber { get; set => field = value ?? ""; } = "";

    [BindProperty(SupportsGet = true)]
    public GoodsType GoodsType { get; set; } = GoodsType.General;

    /// <summary>The channel to preselect when coming back from step 2.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Channel { get; set; }

    [BindProperty]
    public ChannelChoice Input { get; set; } = new(null, null, false);

    public ChannelStepView Step { get; private set; } = null!;

    public string Selected => Input.ChannelCode ?? Channel ?? Step.Quotes.FirstOrDefault(q => q.IsBuyerChoice && q.Eligible)?.ChannelCode ?? "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => Show(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var choice = await chooser.Choose(OrderNumber, Input with { GoodsType = GoodsType }, ct);
        if (choice.IsSuccess)
        {
            var confirm = Input.ConfirmChannelMismatch ? "&confirm=true" : "";
            return Redirect($"/Shipping/{Uri.EscapeDataString(OrderNumber)}/Create?channel={Uri.EscapeDataString(choice.Value.ChannelCode!)}&goodsType={GoodsType}{confirm}");
        }

        if (ShippingPages.Leave(this, choice.Problem, OrderNumber, ShippingPages.ChannelUrl(OrderNumber)) is { } leave)
        {
            return leave;
        }

        ModelState.AddProblem(choice.Problem);
        return await Show(ct);
    }

    private async Task<IActionResult> Show(CancellationToken ct)
    {
        var step = await quotes.ChannelStep(OrderNumber, GoodsType, ct);
        if (!step.IsSuccess)
        {
            return ShippingPages.Leave(this, step.Problem, OrderNumber, ShippingPages.ChannelUrl(OrderNumber)) ?? NotFound();
        }

        Step = step.Value;
        return Page();
    }
}

namespace Fulfilment.Web.Pages.Shipping;

/// <summary>
/// Step 2: the logistics order form. Submitting deducts the freight and issues the waybill, once per form. The form asks
/// the server for the parcel's values and charges as the seller packs (<see cref="OnPostPreviewAsync"/>); "Modify
/// recipient info" is a dialog that also works as a plain form post.
/// </summary>
public sealed class CreateModel(CreateLogisticsOrderHandler creator, LogisticsOrderFormHandler forms) : PageModel
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

    /// <summary>Opens the recipient dialog on load (the link's target without JavaScript).</summary>
    [BindProperty(SupportsGet = true)]
    public bool EditRecipient { get; set; }

    [BindProperty]
    public CreateLogisticsOrderRequest Input { get; set; } = new();

    [BindProperty]
    public bool ModifyRecipient { get; set; }

    /// <summary>Whether the seller typed the weight (otherwise it follows the items packed).</summary>
    [BindProperty]
    public bool WeightEdited { get; set; }

    [BindProperty]
    public string? RecipientAction { get; set; }

    /// <summary>The form's own idempotency key: a double-click, or a second tab posting the same form, creates one parcel.</summary>
    [BindProperty]
    public string? FormKey { get; set; }

    public CreateFormView Form { get; private set; } = null!;

    /// <summary>After a submit whose withholding the bound account refused: how much could not be withheld, and why in words.</summary>
    public (decimal Missing, string Message, bool Declined)? Shortfall { get; private set; }

    private string Here => $"/Shipping/{Uri.EscapeDataString(OrderNumber)}/Create?channel={Uri.EscapeDataString(Channel)}&goodsType={GoodsType}&confirm={Confirm}";

    public string EditRecipientUrl => Here + "&editRecipient=true#recipient-dialog";

    public string RecipientUrl => Here + "&handler=Recipient";

    public string PreviewUrl => Here + "&handler=Preview";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await Load(null, ct) is { } leave)
        {
            return leave;
        }

        if (Form.IsMismatch && !Confirm)
        {
            return Redirect($"{ShippingPages.ChannelUrl(OrderNumber)}?channel={Uri.EscapeDataString(Channel)}&goodsType={GoodsType}");
        }

        (Input, FormKey) = (Form.Defaults with { ConfirmChannelMismatch = Confirm }, Guid.NewGuid().ToString("N"));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A value the form could not read (letters in a number, an unknown category) is never replaced by a default.
        if (!ModelState.IsValid)
        {
            return await Load(Input, ct) ?? Page();
        }

        var (request, formIndex) = CreateFormInput.ToRequest(Input, ModifyRecipient);
        var key = IdempotencyKey.Parse(FormKey);
        var created = await creator.Create(OrderNumber, request, key.IsSuccess ? key.Value : null, ct);
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
        return await Load(request, ct) ?? Page();
    }

    /// <summary>
    /// The recipient dialog's buttons without JavaScript: save checks the address and shows the form again with it
    /// (this parcel only), reset goes back to the buyer's address. Nothing is stored until the shipment is submitted.
    /// </summary>
    public async Task<IActionResult> OnPostRecipientAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (RecipientAction == "reset")
        {
            (ModifyRecipient, Input.Recipient) = (false, null);
        }
        else if (await forms.CheckRecipient(Input.Recipient, ct) is { } invalid)
        {
            ModelState.AddProblem(invalid, "Input.Recipient");
            ModifyRecipient = false;
        }
        else
        {
            ModifyRecipient = true;
        }

        return await Load(CreateFormInput.ToRequest(Input, ModifyRecipient).Request, ct) ?? Page();
    }

    /// <summary>The parcel as packed so far and what it will cost, as JSON for the form's script (nothing is stored).</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        var (request, _) = CreateFormInput.ToRequest(Input, ModifyRecipient);
        var preview = await forms.Preview(OrderNumber, request, WeightEdited, ct);
        if (!preview.IsSuccess)
        {
            return NotFound();
        }

        var p = preview.Value;
        static string Plain(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
        return new JsonResult(new
        {
            p.WeightGrams,
            p.DefaultWeightGrams,
            WeightText = Display.Grams(p.WeightGrams),
            Lines = p.Lines.Select(l => new { l.Sku, l.Quantity, Value = Plain(l.Value) }),
            DeclaredValue = Plain(p.DeclaredValue),
            p.ContentsDescription,
            Destination = Display.Country(p.DestinationCountry),
            p.Eligible,
            p.Reason,
            OverWeight = p.ReasonCode == Ineligibility.OverWeightLimit,
            Freight = p.Charges.Freight is { } freight ? Display.Money(freight, p.Currency) : "—",
            ReturnServiceFee = Display.Money(p.Charges.ReturnServiceFee, p.Currency),
            ToBeDeducted = Display.Money(p.Charges.ToBeDeducted, p.Currency),
        });
    }

    /// <summary>
    /// Before the form is drawn: its fields (named from <see cref="Input"/> with <c>asp-for</c>) show what the seller sees
    /// today. Each line row stands for an order line with units left and shows the posted line with the same SKU, else the
    /// order's defaults (rows follow the order, whatever order lines were posted in). The recipient dialog shows the
    /// parcel's recipient (the buyer's address unless modified), or what was posted when that address was refused.
    /// </summary>
    public override void OnPageHandlerExecuted(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutedContext context)
    {
        if (context.Result is not PageResult || Form is null)
        {
            return;
        }

        Input.Lines = CreateFormInput.Rows(Form, Input.Lines);
        var recipientRefused = ModelState.Any(e => e.Key.StartsWith("Input.Recipient.", StringComparison.Ordinal) && e.Value is { Errors.Count: > 0 });
        var shown = ModifyRecipient && Input.Recipient is not null ? Input.Recipient : Form.Order.Recipient;
        Input.Recipient = recipientRefused ? Input.Recipient ?? shown : shown;
        foreach (var (key, entry) in ModelState)
        {
            // Posted values show through the model above (matched by SKU, or the recipient shown); errors stay.
            if (key.StartsWith("Input.Lines[", StringComparison.Ordinal) || (!recipientRefused && key.StartsWith("Input.Recipient.", StringComparison.Ordinal)))
            {
                (entry.RawValue, entry.AttemptedValue) = (null, null);
            }
        }
    }

    private async Task<IActionResult?> Load(CreateLogisticsOrderRequest? posted, CancellationToken ct)
    {
        var form = await forms.Form(OrderNumber, Channel, GoodsType, posted, weightEdited: true, ct);
        if (form.IsSuccess)
        {
            Form = form.Value;
            return null;
        }

        return ShippingPages.Leave(this, form.Problem, OrderNumber, Here) ?? Redirect(ShippingPages.ChannelUrl(OrderNumber));
    }
}

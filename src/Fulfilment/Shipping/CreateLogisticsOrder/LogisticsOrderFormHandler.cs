namespace Fulfilment.Shipping.CreateLogisticsOrder;

/// <summary>
/// Step 2: the logistics order form. Its rules live here, once: the default parcel (every remaining unit, its weight,
/// values and contents), and what the parcel will cost as the seller packs it (<see cref="ParcelPreview"/>); the page
/// and its script only show them.
/// </summary>
public sealed class LogisticsOrderFormHandler(
    FulfilmentDbContext db,
    LoadShippableOrder orders,
    LoadChannel channels,
    LoadWarehouses warehouseQuery,
    IValidator<Address> addressValidator)
{
    /// <summary>
    /// What the logistics order form offers for an order and a chosen channel, with its defaults, and the charges of
    /// <paramref name="posted"/> (a submitted form shown again) or of the defaults.
    /// </summary>
    public async Task<Result<CreateFormView>> Form(string orderNumber, string channelCode, GoodsType goodsType, CreateLogisticsOrderRequest? posted, bool weightEdited, CancellationToken ct)
    {
        var ready = await orders.Ready(orderNumber, tracked: false, ct);
        if (!ready.IsSuccess)
        {
            return ready.Problem;
        }

        var (order, balance) = ready.Value;
        var channel = await channels.ByCode(channelCode, tracked: false, ct);
        if (channel is null)
        {
            return Problem.Field(nameof(CreateLogisticsOrderRequest.ChannelCode), Text.Get("There is no logistics channel with this code."));
        }

        var goods = Enum.IsDefined(goodsType) ? goodsType : GoodsType.General;
        var warehouses = await warehouseQuery.Active(ct);
        var senders = await db.SenderAddresses.AsNoTracking().InBookOrder().ToListAsync(ct);
        var senderOptions = senders.Select(s => HandoverPlan.Auto(warehouses, s.Address) is { } plan
            ? new SenderOption(SenderAddressView.From(s), plan.Mode, plan.ToRef())
            : new SenderOption(SenderAddressView.From(s), null, null)).ToList();
        var defaults = Defaults(order, channel, goods, senderOptions);
        var preview = Preview(order, channel, goods, posted ?? defaults, posted is not null && weightEdited);
        var weight = ChannelRules.DefaultWeight(order);
        var transit = HandoverPlan.Transit(warehouses);
        return new CreateFormView(
            OrderToShipView.From(order, await channels.NameOf(order.BuyerChannelCode, ct)),
            ChannelQuoteView.From(FreightQuote.For(channel, order.Recipient.CountryCode, goods, weight), weight, order.BuyerChannelCode),
            goods,
            channel.OriginCountry,
            senderOptions,
            [.. warehouses.Where(w => w.Kind == WarehouseKind.Collection).Select(w => WarehouseRef.From(w))],
            transit is null ? null : WarehouseRef.From(transit),
            balance,
            Money.DefaultCurrency,
            defaults,
            preview,
            OnlineShippingAgreement.Version);
    }

    /// <summary>Checks a recipient entered for one parcel ("modify recipient info") before the form uses it.</summary>
    public async Task<Problem?> CheckRecipient(Address? recipient, CancellationToken ct) =>
        recipient is null ? Problem.Field(nameof(Address.Name), Text.Get("Required.")) : await addressValidator.Check(recipient, ct);

    /// <summary>
    /// The parcel as the seller is packing it (the form asks as they type): each line's value, the default weight,
    /// the declared value and contents, and the freight and return fee to be deducted. Nothing is stored.
    /// </summary>
    public async Task<Result<ParcelPreview>> Preview(string orderNumber, CreateLogisticsOrderRequest draft, bool weightEdited, CancellationToken ct)
    {
        var order = await orders.Find(orderNumber, tracked: false, ct);
        if (order is null)
        {
            return OrderProblems.NotFound();
        }

        var channel = await channels.ByCode(draft.ChannelCode, tracked: false, ct);
        if (channel is null)
        {
            return Problem.Field(nameof(CreateLogisticsOrderRequest.ChannelCode), Text.Get("There is no logistics channel with this code."));
        }

        var goods = draft.GoodsType is { } g && Enum.IsDefined(g) ? g : GoodsType.General;
        return Preview(order, channel, goods, draft, weightEdited);
    }

    /// <summary>The form's defaults: every remaining unit, its weight and values, the default sender and its handover.</summary>
    internal static CreateLogisticsOrderRequest Defaults(Order order, LogisticsChannel channel, GoodsType goods, IReadOnlyList<SenderOption> senders)
    {
        var lines = order.RemainingLines().ToList();
        var sender = senders.Count > 0 ? senders[0] : null;
        return new CreateLogisticsOrderRequest
        {
            ChannelCode = channel.Code,
            GoodsType = goods,
            SenderAddressId = sender?.Address.Id,
            Parcel = new ParcelRequest
            {
                WeightGrams = ChannelRules.DefaultWeight(order),
                DeclaredValue = lines.Sum(l => LogisticsOrderLine.DefaultValue(l.UnitPrice, l.RemainingQuantity)),
                ContentsDescription = ParcelRequest.ContentsFrom(lines.Select(l => l.Title).Where(t => CreateLogisticsOrderRequestValidator.IsEnglish(t))),
                CustomsCategory = CustomsCategory.SaleOfGoods,
            },
            Lines = [.. lines.Select(l => new ParcelLineRequest
            {
                Sku = l.Sku,
                Quantity = l.RemainingQuantity,
                Description = CreateLogisticsOrderRequestValidator.IsEnglish(l.Title) ? l.Title : null,
                Value = LogisticsOrderLine.DefaultValue(l.UnitPrice, l.RemainingQuantity),
                OriginCountry = channel.OriginCountry,
            })],
            // The seed: a sender in a collection range is matched automatically; otherwise the seller self-sends.
            Handover = sender is { AutoMode: HandoverMode.SelfSend } ? HandoverChoice.SelfSend : HandoverChoice.Auto,
        };
    }


    private static ParcelPreview Preview(Order order, LogisticsChannel channel, GoodsType goods, CreateLogisticsOrderRequest draft, bool weightEdited)
    {
        var remaining = order.RemainingLines().ToList();
        var lines = remaining.Select(l =>
        {
            var posted = draft.Lines?.FirstOrDefault(p => string.Equals(p?.Sku?.Trim(), l.Sku, StringComparison.Ordinal));
            var quantity = Math.Clamp(posted?.Quantity ?? (draft.Lines is null ? l.RemainingQuantity : 0), 0, l.RemainingQuantity);
            var description = string.IsNullOrWhiteSpace(posted?.Description)
                ? (CreateLogisticsOrderRequestValidator.IsEnglish(l.Title) ? l.Title : "")
                : posted.Description.Trim();
            // A value the seller typed stays; a blank one is the line's price × quantity, as the created parcel will say.
            var value = quantity > 0 && posted?.Value is { } typed and >= 0 ? typed : LogisticsOrderLine.DefaultValue(l.UnitPrice, quantity);
            return (Line: new ParcelLinePreview(l.Sku, quantity, value), Weight: l.WeightGrams * quantity, Description: description);
        }).ToList();
        var defaultWeight = Math.Clamp(lines.Sum(l => l.Weight), 1, ParcelRequestValidator.MaxWeightGrams);
        var weight = weightEdited && draft.Parcel?.WeightGrams is { } typed and > 0 ? typed : defaultWeight;
        var country = draft.Recipient?.CountryCode is { Length: 2 } c ? c.ToUpperInvariant() : order.Recipient.CountryCode;
        var quote = FreightQuote.For(channel, country, goods, weight);
        var charges = ParcelCharges.For(quote, draft.Undeliverable);
        return new ParcelPreview(
            weight,
            defaultWeight,
            [.. lines.Select(l => l.Line)],
            lines.Sum(l => l.Line.Value),
            ParcelRequest.ContentsFrom(lines.Where(l => l.Line.Quantity > 0).Select(l => l.Description)),
            country,
            quote.Eligible,
            quote.Reason,
            quote.Ineligible,
            charges,
            Money.DefaultCurrency);
    }
}

/// <summary>The parcel as packed so far, and what it will cost (the form's live summary).</summary>
public sealed record ParcelPreview(
    int WeightGrams,
    int DefaultWeightGrams,
    IReadOnlyList<ParcelLinePreview> Lines,
    decimal DeclaredValue,
    string ContentsDescription,
    string DestinationCountry,
    bool Eligible,
    string? Reason,
    Ineligibility? ReasonCode,
    ParcelCharges Charges,
    string Currency);

public sealed record ParcelLinePreview(string Sku, int Quantity, decimal Value);

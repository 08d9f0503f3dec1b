using System.Globalization;
using FluentValidation;
using Fulfilment.Channels;
using Fulfilment.Common;
using Fulfilment.Data;
using Fulfilment.FreightAccounts;
using Fulfilment.Idempotency;
using Fulfilment.Identity;
using Fulfilment.Orders;
using Fulfilment.Timeline;
using Microsoft.EntityFrameworkCore;

namespace Fulfilment.Shipping;

/// <summary>
/// Online shipping (线上发货), behind both the wizard and the API: quote the channels for an order
/// (<c>ShippingService.Quotes.cs</c>), then create the logistics order: allocate, charge, issue the waybill
/// (<c>ShippingService.Create.cs</c>). This part holds what both use cases load and check.
/// </summary>
public sealed partial class ShippingService(
    FulfilmentDbContext db,
    UnitOfWork unitOfWork,
    IdempotentStep idempotentStep,
    FreightLedger ledger,
    WaybillSerials serials,
    TimelineRecorder timeline,
    IValidator<CreateLogisticsOrderRequest> createValidator,
    IValidator<ChannelQuoteRequest> quoteValidator,
    IValidator<Address> addressValidator,
    ICurrentActor actor,
    IClock clock)
{
    private readonly FulfilmentDbContext _db = db;
    private readonly UnitOfWork _unitOfWork = unitOfWork;
    private readonly IdempotentStep _idempotentStep = idempotentStep;
    private readonly FreightLedger _ledger = ledger;
    private readonly WaybillSerials _serials = serials;
    private readonly TimelineRecorder _timeline = timeline;
    private readonly IValidator<CreateLogisticsOrderRequest> _createValidator = createValidator;
    private readonly IValidator<ChannelQuoteRequest> _quoteValidator = quoteValidator;
    private readonly IValidator<Address> _addressValidator = addressValidator;
    private readonly ICurrentActor _actor = actor;
    private readonly IClock _clock = clock;

    /// <summary>A parcel of the store with its channel's name, for the result page.</summary>
    public async Task<Result<CreatedParcelView>> Created(long id, CancellationToken ct)
    {
        var parcel = await _db.LogisticsOrders.AsNoTracking().Include(l => l.Lines).Include(l => l.Warehouse).Include(l => l.Channel)
            .SingleOrDefaultAsync(l => l.Id == id, ct);
        if (parcel is null)
        {
            return Problem.NotFound(Text.Get("This logistics order does not exist."));
        }

        var pickup = await _db.PickupRequests.AsNoTracking().Where(p => p.LogisticsOrderId == id).OrderByDescending(p => p.Id).FirstOrDefaultAsync(ct);
        return new CreatedParcelView(LogisticsOrderView.From(parcel, pickup), parcel.Channel?.Name ?? parcel.ChannelCode);
    }

    /// <summary>Checks a recipient entered for one parcel ("modify recipient info") before the form uses it.</summary>
    public async Task<Problem?> CheckRecipient(Address? recipient, CancellationToken ct) =>
        recipient is null ? Problem.Field(nameof(Address.Name), Text.Get("Required.")) : await _addressValidator.Check(recipient, ct);

    private static Problem OrderNotFound() => Problem.NotFound(Text.Get("This order does not exist."));

    /// <summary>The store's order with its lines (another store's order is simply not found).</summary>
    private async Task<Order?> LoadOrder(string orderNumber, bool tracked, CancellationToken ct)
    {
        var number = orderNumber?.Trim() ?? "";
        var query = _db.Orders.Include(o => o.Lines).Where(o => o.OrderNumber == number);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct);
    }

    private async Task<List<LogisticsChannel>> ActiveChannels(CancellationToken ct) =>
        await _db.Channels.AsNoTracking().Include(c => c.Rates).Where(c => c.Active).OrderBy(c => c.Code).ToListAsync(ct);

    private async Task<string?> ChannelName(string? code, CancellationToken ct) =>
        code is null ? null : await _db.Channels.AsNoTracking().Where(c => c.Code == code).Select(c => c.Name).SingleOrDefaultAsync(ct);

    /// <summary>
    /// What the channel step advises about the buyer's channel (seed: "if the buyer does not choose or does not have the
    /// logistics channel checked by the buyer, ... communicate with the buyer and then determine the channel"): null when
    /// the buyer's channel can carry the parcel.
    /// </summary>
    private static BuyerChannelAdvice? Advise(Order order, LogisticsChannel? buyerChannel, IReadOnlyList<ChannelQuoteView> quotes)
    {
        if (order.BuyerChannelCode is null)
        {
            return new BuyerChannelAdvice(BuyerChannelProblem.NoneChosen, null, null, null);
        }

        if (buyerChannel is null || !buyerChannel.Active)
        {
            return new BuyerChannelAdvice(BuyerChannelProblem.Ineligible, order.BuyerChannelCode, buyerChannel?.Name ?? order.BuyerChannelCode, Text.Get("This channel is not in service."));
        }

        var quote = quotes.FirstOrDefault(q => q.ChannelCode == order.BuyerChannelCode);
        return quote is { Eligible: false }
            ? new BuyerChannelAdvice(BuyerChannelProblem.Ineligible, quote.ChannelCode, quote.Name, quote.Reason)
            : null;
    }

    /// <summary>Quotes every active channel, the buyer's choice first, then the eligible ones cheapest first.</summary>
    internal static List<ChannelQuoteView> QuoteAll(IEnumerable<LogisticsChannel> channels, Order order, GoodsType goodsType, int weightGrams) =>
        [.. channels
            .Select(c => ChannelQuoteView.From(FreightQuote.For(c, order.Recipient.CountryCode, goodsType, weightGrams), weightGrams, order.BuyerChannelCode))
            .OrderByDescending(q => q.IsBuyerChoice)
            .ThenByDescending(q => q.Eligible)
            .ThenBy(q => q.Freight ?? decimal.MaxValue)
            .ThenBy(q => q.Name, StringComparer.Ordinal)];

    /// <summary>The default weight to quote: what remains to ship, or the whole order once nothing remains.</summary>
    private static int DefaultWeight(Order order)
    {
        var remaining = order.Lines.Sum(l => l.WeightGrams * l.RemainingQuantity);
        var weight = remaining > 0 ? remaining : order.Lines.Sum(l => l.WeightGrams * l.Quantity);
        return Math.Clamp(weight, 1, ParcelRequestValidator.MaxWeightGrams);
    }

    /// <summary>
    /// The channel rules shared by step 1 and the final submit: the channel must exist, carry this parcel (inactive,
    /// destination, goods type → <c>channel_ineligible</c>; weight → a field error), and a channel other than the
    /// buyer's needs explicit confirmation.
    /// </summary>
    private static Result<FreightQuote> CheckChannel(
        LogisticsChannel? channel, Order order, string? buyerChannelName, string destination, GoodsType goodsType, int weightGrams, bool confirmMismatch, string weightField)
    {
        if (channel is null)
        {
            return Problem.Field(nameof(CreateLogisticsOrderRequest.ChannelCode), Text.Get("There is no logistics channel with this code."));
        }

        var quote = FreightQuote.For(channel, destination, goodsType, weightGrams);
        if (quote.Ineligible == Ineligibility.OverWeightLimit)
        {
            // The channel's limit is an eligibility rule (409), not a malformed field; the weight is still named so a
            // form shows the message next to it.
            var message = Text.Format("Over the weight limit of {0} g.", channel.MaxWeightGrams.ToString("N0", CultureInfo.CurrentCulture));
            return new Problem(
                ProblemCodes.ChannelIneligible,
                Text.Format("{0} cannot carry this parcel: {1}", channel.Name, message),
                new Dictionary<string, string[]> { [weightField] = [message] },
                new ChannelIneligibility(message, nameof(Ineligibility.OverWeightLimit), channel.Code, channel.MaxWeightGrams));
        }

        if (!quote.Eligible)
        {
            return new Problem(
                ProblemCodes.ChannelIneligible,
                Text.Format("{0} cannot carry this parcel: {1}", channel.Name, quote.Reason),
                Data: new ChannelIneligibility(quote.Reason, quote.Ineligible?.ToString(), channel.Code));
        }

        // Without a buyer's choice there is nothing to mismatch: the seller agrees the channel with the buyer.
        if (order.BuyerChannelCode is not null && channel.Code != order.BuyerChannelCode && !confirmMismatch)
        {
            return new Problem(
                ProblemCodes.ChannelMismatchUnconfirmed,
                Text.Format("The buyer chose {0}. Shipping with another channel can cause a dispute: confirm that you want {1}.", buyerChannelName ?? order.BuyerChannelCode, channel.Name),
                Data: new ChannelMismatch(order.BuyerChannelCode, channel.Code));
        }

        return quote;
    }
}

using Fulfilment.Shipping.QuoteChannels;

namespace Fulfilment.Web.Api.Shipping;

/// <summary>Online shipping for one order: quote the channels, then create a logistics order (charged once per Idempotency-Key).</summary>
internal sealed class ShippingEndpoints : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/orders/{orderNumber}").RequireAuthorization(Policies.ApiSeller).WithTags("Online shipping");
        group.MapGet("/channel-quotes", async (string orderNumber, GoodsType? goodsType, int? weightGrams, QuoteChannelsHandler quotes, CancellationToken ct) =>
            (await quotes.Quotes(orderNumber, new ChannelQuoteRequest(goodsType, weightGrams), ct)).Ok())
            .WithSummary("Every active channel quoted for the order: freight, or why it cannot carry the parcel.")
            .WithDescription(
                "goodsType defaults to General. weightGrams defaults to the weight of the order's remaining units (the sum of line " +
                "weight × remaining quantity), or of all its units once nothing remains. The buyer's channel comes first, then the " +
                "eligible channels cheapest first. reasonCode (Inactive, DestinationNotServed, GoodsTypeNotAccepted, OverWeightLimit) " +
                "says why a channel is not eligible; reason says it in words.")
            .WithName("ListChannelQuotes")
            .Produces<IReadOnlyList<ChannelQuoteView>>();
        group.MapPost("/logistics-orders", async (string orderNumber, CreateLogisticsOrderRequest body, HttpRequest request, CreateLogisticsOrderHandler creator, CancellationToken ct) =>
            {
                var key = request.IdempotencyKey();
                if (!key.IsSuccess)
                {
                    return key.Problem.ToResult();
                }

                return (await creator.Create(orderNumber, body, key.Value, ct)).Created(p => $"/api/logistics-orders/{p.Id}");
            })
            .WithSummary("Create a logistics order: freight (and the return fee for Return) is deducted, the waybill number issued.")
            .WithDescription(
                "One transaction: the channel is checked and quoted again, the units are packed (lines null = everything that remains), " +
                "the freight and return fee are deducted (never below zero), the waybill number is issued and, for RequestPickup, a " +
                "pending pickup request is sent to pickupWarehouseCode. Defaults: recipient null = the order's address (the order keeps " +
                "it); senderAddressId null = the default sender; handover null = Auto (door pickup when a collection warehouse serves " +
                "the sender, otherwise self-send to the designated transit warehouse); handover SelfSend = self-send to the designated " +
                "transit warehouse even when a collection warehouse would collect; agreementVersion (optional) = the version of the Online " +
                "Shipping User Agreement the seller read (another version than the current one is 400; the accepted version and time are " +
                "stored and answered as agreement {version, acceptedAt}); a channel other than the buyer's needs confirmChannelMismatch " +
                "only when the order has a buyer's channel; parcel.declaredValue null = the sum of the lines' " +
                "values; parcel.customsCategory null = SaleOfGoods; per line description = the item title, value = unit price × " +
                "quantity, originCountry = the channel's origin. A weight over the channel's limit is 409 channel_ineligible (reasonCode OverWeightLimit, maxWeightGrams, and errors naming parcel.weightGrams); " +
                "parcel.contentsDescription is at most 100 characters. The label's CN22 always adds up: it apportions " +
                "parcel.declaredValue over the lines in proportion to their values, and the parcel's weight over the lines when " +
                "their weights add up to more. " +
                "The freight and return fee are taken from prepaid credit first; any shortfall is withheld from the bound account in the " +
                "same transaction (ledger: Withholding, then the charges). If the account's provider refuses, nothing is created or " +
                "charged: 409 insufficient_balance (not enough funds) or 409 deduction_declined. " +
                "Send an Idempotency-Key: a repeat with the same key and body answers the first result and charges (or withholds) nothing again, " +
                "also when both arrive at once; the same key with another body is 422 idempotency_key_reused.")
            .WithName("CreateLogisticsOrder")
            .Produces<LogisticsOrderView>(StatusCodes.Status201Created)
            .AcceptsIdempotencyKey()
            .ProducesConflict(
                ProblemCodes.FreightAccountUnbound,
                ProblemCodes.InsufficientBalance,
                ProblemCodes.DeductionDeclined,
                ProblemCodes.ChannelMismatchUnconfirmed,
                ProblemCodes.ChannelIneligible,
                ProblemCodes.NothingToShip,
                ProblemCodes.InvalidState);
    }
}

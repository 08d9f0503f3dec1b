namespace Fulfilment.Shipping;

/// <summary>Why a channel cannot carry the parcel (<c>reason</c>, <c>reasonCode</c>, <c>channelCode</c> and, over its weight limit, <c>maxWeightGrams</c>).</summary>
public sealed record ChannelIneligibility(string? Reason, string? ReasonCode, string ChannelCode, int? MaxWeightGrams = null) : ProblemData
{
    public override IReadOnlyDictionary<string, object?> Members()
    {
        var members = new Dictionary<string, object?> { ["reason"] = Reason, ["reasonCode"] = ReasonCode, ["channelCode"] = ChannelCode };
        if (MaxWeightGrams is { } max)
        {
            members["maxWeightGrams"] = max;
        }

        return members;
    }
}

/// <summary>The channel differs from the buyer's choice and the seller has not confirmed it (<c>buyerChannelCode</c>, <c>channelCode</c>).</summary>
public sealed record ChannelMismatch(string? BuyerChannelCode, string ChannelCode) : ProblemData
{
    public override IReadOnlyDictionary<string, object?> Members() =>
        new Dictionary<string, object?> { ["buyerChannelCode"] = BuyerChannelCode, ["channelCode"] = ChannelCode };
}

/// <summary>An order line has fewer units left to ship than asked (<c>sku</c>, <c>remainingQuantity</c>).</summary>
public sealed record NothingLeftToShip(string Sku, int RemainingQuantity) : ProblemData
{
    public override IReadOnlyDictionary<string, object?> Members() =>
        new Dictionary<string, object?> { ["sku"] = Sku, ["remainingQuantity"] = RemainingQuantity };
}

namespace Fulfilment.Shipping;

/// <summary>What submitting a parcel deducts: its freight, and the return service fee when the seller chose Return.</summary>
public sealed record ParcelCharges(decimal? Freight, decimal ReturnServiceFee, decimal ToBeDeducted)
{
    public static ParcelCharges For(FreightQuote quote, UndeliverableHandling? undeliverable)
    {
        var fee = undeliverable == UndeliverableHandling.Return ? quote.Channel.ReturnServiceFee : 0m;
        return new ParcelCharges(quote.Freight, fee, Total(quote.Freight ?? 0m, fee));
    }

    /// <summary>What a parcel deducts in all: its freight plus its return service fee (the form's "to be deducted", the parcel's <c>Charged</c>).</summary>
    public static decimal Total(decimal freight, decimal returnServiceFee) => freight + returnServiceFee;
}

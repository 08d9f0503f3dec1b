namespace Fulfilment.Notices;

public static class NoticeProblems
{
    /// <summary>A listed parcel has not reached a warehouse and the seller did not confirm it is packed and handed over.</summary>
    public static Problem NotHandedOver(IReadOnlyList<string> waybills) => new(
        ProblemCodes.NotHandedOver,
        Text.Format(
            "File the notice after the parcel is packed and handed to the carrier: confirm the handover of {0} (no warehouse has received it yet).",
            string.Join(", ", waybills)),
        Data: new NotHandedOverParcels(waybills));
}

/// <summary>The waybill numbers of the parcels a notice lists that are not handed over yet (<c>waybillNumbers</c> in the API).</summary>
public sealed record NotHandedOverParcels(IReadOnlyList<string> WaybillNumbers) : ProblemData
{
    public override IReadOnlyDictionary<string, object?> Members() =>
        new Dictionary<string, object?> { ["waybillNumbers"] = WaybillNumbers };
}

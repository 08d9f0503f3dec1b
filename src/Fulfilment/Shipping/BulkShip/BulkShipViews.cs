namespace Fulfilment.Shipping.BulkShip;

/// <summary>
/// A batch before it ships: each order with its quote and how it would ship, or why it cannot (and is skipped); the
/// total the eligible ones deduct, and the prepaid balance. Nothing is stored.
/// </summary>
public sealed record BulkShipPreview(
    IReadOnlyList<BulkShipCandidate> Orders,
    int EligibleCount,
    int SkippedCount,
    decimal ToBeDeducted,
    decimal Balance,
    string Currency);

/// <summary>
/// One order of a preview. Eligible: the buyer's channel, the parcel's weight and units, its freight and return fee, the
/// sender and the handover (DoorPickup or SelfSend, and the warehouse). Not eligible: the problem says why.
/// </summary>
public sealed record BulkShipCandidate(
    string OrderNumber,
    bool Eligible,
    string? BuyerChannelCode,
    string? ChannelName,
    string? DestinationCountry,
    int? WeightGrams,
    int? Units,
    decimal? Freight,
    decimal? ReturnServiceFee,
    decimal? ToBeDeducted,
    string? SenderName,
    HandoverMode? Handover,
    string? WarehouseName,
    BulkShipProblem? Problem);

/// <summary>Why an order was not shipped: the problem's stable <c>code</c> (as the single-order API answers it) and its message.</summary>
public sealed record BulkShipProblem(string Code, string Message)
{
    public static BulkShipProblem From(Problem problem) =>
        new(problem.Code, problem.Errors is { Count: > 0 } errors && problem.Code == ProblemCodes.ValidationFailed
            ? string.Join(" ", errors.Values.SelectMany(m => m).Distinct())
            : problem.Message);
}

/// <summary>What a shipped batch did, order by order, and what it deducted in all.</summary>
public sealed record BulkShipResult(
    IReadOnlyList<BulkShipItemResult> Results,
    int CreatedCount,
    int FailedCount,
    decimal Deducted,
    string Currency);

/// <summary>
/// One order of a shipped batch: created, with its logistics order (a repeat of the batch answers the same one), or not,
/// with the problem that stopped it (nothing was created or charged for it).
/// </summary>
public sealed record BulkShipItemResult(string OrderNumber, bool Created, LogisticsOrderView? LogisticsOrder, BulkShipProblem? Problem)
{
    public static BulkShipItemResult Shipped(string orderNumber, LogisticsOrderView parcel) => new(orderNumber, true, parcel, null);

    public static BulkShipItemResult Failed(string orderNumber, Problem problem) => new(orderNumber, false, null, BulkShipProblem.From(problem));
}

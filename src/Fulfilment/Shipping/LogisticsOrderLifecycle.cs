namespace Fulfilment.Shipping;

/// <summary>
/// The logistics order's state machine, as one table. A parcel starts AwaitingHandover (door pickup, self-send)
/// or PickupRequested; a decided request makes it AwaitingHandover; a scan makes it ReceivedAtWarehouse;
/// it can be cancelled until received. Every other move is refused with the reason.
/// </summary>
public static class LogisticsOrderLifecycle
{
    private static readonly Dictionary<(LogisticsOrderStatus From, LogisticsOrderTrigger Trigger), LogisticsOrderStatus> Allowed = new()
    {
        [(LogisticsOrderStatus.PickupRequested, LogisticsOrderTrigger.PickupAccepted)] = LogisticsOrderStatus.AwaitingHandover,
        [(LogisticsOrderStatus.PickupRequested, LogisticsOrderTrigger.PickupRejected)] = LogisticsOrderStatus.AwaitingHandover,
        [(LogisticsOrderStatus.AwaitingHandover, LogisticsOrderTrigger.ReceivedAtWarehouse)] = LogisticsOrderStatus.ReceivedAtWarehouse,
        [(LogisticsOrderStatus.AwaitingHandover, LogisticsOrderTrigger.Cancel)] = LogisticsOrderStatus.Cancelled,
        [(LogisticsOrderStatus.PickupRequested, LogisticsOrderTrigger.Cancel)] = LogisticsOrderStatus.Cancelled,
    };

    public static IEnumerable<(LogisticsOrderStatus From, LogisticsOrderTrigger Trigger, LogisticsOrderStatus To)> Transitions =>
        Allowed.Select(kv => (kv.Key.From, kv.Key.Trigger, kv.Value));

    public static bool Allows(LogisticsOrderStatus from, LogisticsOrderTrigger trigger) => Allowed.ContainsKey((from, trigger));

    /// <summary>
    /// Whether the seller may cancel the parcel now, and if not why: the one place pages ask (the cancel step itself
    /// refuses the same cases in <see cref="LogisticsOrder.Cancel"/>). A filed shipping notice blocks it too: the buyer
    /// was told the parcel is on its way.
    /// </summary>
    public static CancelEligibility Cancellation(LogisticsOrderStatus status, bool noticeFiled) =>
        status == LogisticsOrderStatus.Cancelled ? CancelEligibility.AlreadyCancelled
        : !Allows(status, LogisticsOrderTrigger.Cancel) ? CancelEligibility.Received
        : noticeFiled ? CancelEligibility.NoticeFiled
        : CancelEligibility.Allowed;

    public static Result<LogisticsOrderStatus> Next(LogisticsOrderStatus from, LogisticsOrderTrigger trigger) =>
        Allowed.TryGetValue((from, trigger), out var to) ? to : Problem.InvalidState(RefusalReason(from, trigger));

    private static string RefusalReason(LogisticsOrderStatus from, LogisticsOrderTrigger trigger) => (from, trigger) switch
    {
        (LogisticsOrderStatus.Cancelled, _) => Text.Get("This logistics order is cancelled."),
        (LogisticsOrderStatus.ReceivedAtWarehouse, LogisticsOrderTrigger.Cancel) =>
            Text.Get("The warehouse has already received this parcel, so it can no longer be cancelled."),
        (LogisticsOrderStatus.ReceivedAtWarehouse, LogisticsOrderTrigger.ReceivedAtWarehouse) =>
            Text.Get("This parcel was already received."),
        (LogisticsOrderStatus.PickupRequested, LogisticsOrderTrigger.ReceivedAtWarehouse) =>
            Text.Get("The pickup request for this parcel is still pending: accept or reject it first."),
        (_, LogisticsOrderTrigger.PickupAccepted or LogisticsOrderTrigger.PickupRejected) =>
            Text.Get("This parcel has no pending pickup request."),
        _ => Text.Get("This step is not possible for the logistics order in its current status."),
    };
}

/// <summary>What <see cref="LogisticsOrderLifecycle.Cancellation"/> decides for a parcel.</summary>
public enum CancelEligibility
{
    Allowed,
    AlreadyCancelled,

    /// <summary>A warehouse has received it.</summary>
    Received,

    /// <summary>Its shipping notice is filed.</summary>
    NoticeFiled,
}

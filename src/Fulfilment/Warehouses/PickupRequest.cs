namespace Fulfilment.Warehouses;

/// <summary>A seller's request that a collection warehouse collect a parcel outside its service area.</summary>
public sealed class PickupRequest
{
    public long Id { get; private set; }
    public long StoreId { get; init; }
    public Store? Store { get; init; }
    public long LogisticsOrderId { get; init; }
    public LogisticsOrder? LogisticsOrder { get; init; }
    public int WarehouseId { get; init; }
    public Warehouse? Warehouse { get; init; }
    public PickupRequestStatus Status { get; private set; } = PickupRequestStatus.Pending;
    public DateTimeOffset RequestedAt { get; init; }
    public string RequestedBy { get; init; } = "";
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? RejectionReason { get; private set; }
    public uint Version { get; private set; }

    public Result<Done> Accept(DateTimeOffset now, string actor) => Decide(PickupRequestStatus.Accepted, now, actor, null);

    public Result<Done> Reject(string reason, DateTimeOffset now, string actor) => Decide(PickupRequestStatus.Rejected, now, actor, reason);

    public Result<Done> Withdraw(DateTimeOffset now, string actor) => Decide(PickupRequestStatus.Withdrawn, now, actor, null);

    private Result<Done> Decide(PickupRequestStatus to, DateTimeOffset now, string actor, string? reason)
    {
        if (Status != PickupRequestStatus.Pending)
        {
            return Problem.InvalidState(Status switch
            {
                PickupRequestStatus.Accepted => Text.Get("This pickup request was already accepted."),
                PickupRequestStatus.Rejected => Text.Get("This pickup request was already rejected."),
                _ => Text.Get("This pickup request was withdrawn: the parcel was cancelled."),
            });
        }

        Status = to;
        DecidedAt = now;
        DecidedBy = actor;
        RejectionReason = reason;
        return Done.Value;
    }
}

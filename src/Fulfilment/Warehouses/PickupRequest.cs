using Fulfilment.Common;
using Fulfilment.Identity;
using Fulfilment.Shipping;

namespace Fulfilment.Warehouses;

/// <summary>A seller's request that a collection warehouse collect a parcel outside its service area.</summary>
public sealed class PickupRequest
{
    public long Id { get; set; }
    public long StoreId { get; set; }
    public Store? Store { get; set; }
    public long LogisticsOrderId { get; set; }
    public LogisticsOrder? LogisticsOrder { get; set; }
    public int WarehouseId { get; set; }
    public Warehouse? Warehouse { get; set; }
    public PickupRequestStatus Status { get; private set; } = PickupRequestStatus.Pending;
    public DateTimeOffset RequestedAt { get; set; }
    public string RequestedBy { get; set; } = "";
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

namespace Fulfilment.Warehouses.DecidePickupRequest;

/// <summary>
/// Deciding pickup requests: accepting (the warehouse collects door to door) or rejecting with a reason (the parcel
/// becomes a self-send to the default transit warehouse). Staff decide only their own warehouse's requests.
/// </summary>
public sealed class DecidePickupRequestHandler(
    FulfilmentDbContext db,
    LoadPickupRequests pickups,
    UnitOfWork unitOfWork,
    IValidator<PickupRejection> validator,
    TimelineRecorder timeline,
    ICurrentActor actor,
    IClock clock)
{
    /// <summary>Accepts requests (one, or a whole stop): the warehouse will collect the parcels door to door.</summary>
    public Task<Result<IReadOnlyList<PickupRequestView>>> Accept(IReadOnlyCollection<long> ids, CancellationToken ct) =>
        Decide(ids, null, ct);

    /// <summary>Rejects requests with the reason the seller will read; each parcel becomes a self-send to the transit warehouse.</summary>
    public async Task<Result<IReadOnlyList<PickupRequestView>>> Reject(IReadOnlyCollection<long> ids, PickupRejection rejection, CancellationToken ct)
    {
        if (await validator.Check(rejection, ct) is { } invalid)
        {
            return invalid;
        }

        return await Decide(ids, rejection.Reason!.Trim(), ct);
    }

    // All requests of one decision succeed together or not at all.
    private Task<Result<IReadOnlyList<PickupRequestView>>> Decide(IReadOnlyCollection<long> ids, string? reason, CancellationToken ct) =>
        unitOfWork.Run<IReadOnlyList<PickupRequestView>>(
            async token =>
            {
                var wanted = ids.Distinct().ToList();
                var requests = await pickups.Mine().Where(p => wanted.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(token);
                if (wanted.Count == 0 || requests.Count != wanted.Count)
                {
                    return LoadPickupRequests.NotFound();
                }

                Warehouse? transit = null;
                if (reason is not null)
                {
                    transit = await db.Warehouses.SingleOrDefaultAsync(w => w.IsDefaultTransit, token);
                    if (transit is null)
                    {
                        return Problem.InvalidState(Text.Get("No transit warehouse is designated for self-sends yet, so a pickup cannot be rejected. Ask an administrator to designate one."));
                    }
                }

                var now = clock.UtcNow;
                foreach (var request in requests)
                {
                    var decided = transit is null ? Accept(request, now) : Reject(request, reason!, transit, now);
                    if (!decided.IsSuccess)
                    {
                        return requests.Count == 1 ? decided.Problem : decided.Problem with { Message = $"{request.LogisticsOrder!.WaybillNumber}: {decided.Problem.Message}" };
                    }
                }

                return requests.Select(PickupRequestView.From).ToList();
            },
            ct);

    private Result<Done> Accept(PickupRequest request, DateTimeOffset now)
    {
        var parcel = request.LogisticsOrder!;
        var decided = request.Accept(now, actor.Name);
        var moved = decided.IsSuccess ? parcel.AcceptPickup(now) : decided;
        if (moved.IsSuccess)
        {
            timeline.Record(parcel.StoreId, TimelineEventKind.PickupAccepted, parcel.OrderId, parcel.Id, new PickupData(parcel.WaybillNumber, request.Warehouse!.Name));
        }

        return moved;
    }

    private Result<Done> Reject(PickupRequest request, string reason, Warehouse transit, DateTimeOffset now)
    {
        var parcel = request.LogisticsOrder!;
        var decided = request.Reject(reason, now, actor.Name);
        var moved = decided.IsSuccess ? parcel.RejectPickup(transit.Id, now) : decided;
        if (moved.IsSuccess)
        {
            timeline.Record(parcel.StoreId, TimelineEventKind.PickupRejected, parcel.OrderId, parcel.Id, new PickupRejectedData(parcel.WaybillNumber, request.Warehouse!.Name, reason, transit.Name));
        }

        return moved;
    }
}

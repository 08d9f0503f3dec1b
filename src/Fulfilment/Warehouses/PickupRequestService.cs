using FluentValidation;
using Fulfilment.Common;
using Fulfilment.Data;
using Fulfilment.Identity;
using Fulfilment.Shipping;
using Fulfilment.Timeline;
using Microsoft.EntityFrameworkCore;

namespace Fulfilment.Warehouses;

/// <summary>
/// A warehouse's pickup requests: the queue (pending first), accepting (the warehouse collects door to door) and
/// rejecting with a reason (the parcel becomes a self-send to the default transit warehouse). Staff see and decide
/// only their own warehouse's requests; another warehouse's request is not found.
/// </summary>
public sealed class PickupRequestService(
    FulfilmentDbContext db,
    UnitOfWork unitOfWork,
    IValidator<PickupRejection> validator,
    TimelineRecorder timeline,
    ICurrentActor actor,
    IClock clock)
{
    /// <summary>How many decided requests the page shows at most; the API pages through all of them.</summary>
    public const int BoardLimit = 200;

    /// <summary>The warehouse's requests, pending first (oldest first), then the decided ones (latest decision first).</summary>
    public async Task<Paged<PickupRequestView>> List(PickupRequestStatus? status, PageRequest page, CancellationToken ct)
    {
        var query = Mine();
        if (status is { } wanted)
        {
            query = query.Where(p => p.Status == wanted);
        }

        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderBy(p => p.Status == PickupRequestStatus.Pending ? 0 : 1)
            .ThenByDescending(p => p.DecidedAt)
            .ThenBy(p => p.RequestedAt)
            .ThenBy(p => p.Id)
            .Skip(page.Skip)
            .Take(page.SafeSize)
            .ToListAsync(ct);
        return new Paged<PickupRequestView>([.. rows.Select(PickupRequestView.From)], total, page.SafePage, page.SafeSize);
    }

    public async Task<Result<PickupRequestView>> Get(long id, CancellationToken ct) =>
        await Mine().SingleOrDefaultAsync(p => p.Id == id, ct) is { } request ? PickupRequestView.From(request) : NotFound();

    /// <summary>The page's view: counts per status and the chosen status's requests grouped into pickup stops.</summary>
    public async Task<PickupBoard> Board(PickupRequestStatus status, CancellationToken ct)
    {
        var warehouseId = actor.RequireWarehouse();
        var counts = await db.PickupRequests.Where(p => p.WarehouseId == warehouseId)
            .GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var query = Mine().Where(p => p.Status == status);

        // Accepted requests whose parcel still waits to be collected come first; collected ones follow.
        var ordered = status switch
        {
            PickupRequestStatus.Pending => query.OrderBy(p => p.RequestedAt),
            PickupRequestStatus.Accepted => query.OrderBy(p => p.LogisticsOrder!.Status == LogisticsOrderStatus.AwaitingHandover ? 0 : 1).ThenByDescending(p => p.DecidedAt),
            _ => query.OrderByDescending(p => p.DecidedAt),
        };
        var rows = await ordered.ThenBy(p => p.Id).Take(BoardLimit + 1).ToListAsync(ct);
        return new PickupBoard(
            status,
            counts.GetValueOrDefault(PickupRequestStatus.Pending),
            counts.GetValueOrDefault(PickupRequestStatus.Accepted),
            counts.GetValueOrDefault(PickupRequestStatus.Rejected),
            PickupStop.Group(rows.Take(BoardLimit).Select(PickupRequestView.From)),
            rows.Count > BoardLimit);
    }

    /// <summary>The pickup sheet: accepted requests whose parcels still wait to be collected, by stop.</summary>
    public async Task<PickupSheet> Sheet(CancellationToken ct)
    {
        var warehouseId = actor.RequireWarehouse();
        var warehouse = await db.Warehouses.AsNoTracking().SingleAsync(w => w.Id == warehouseId, ct);
        // Every parcel this warehouse collects at the door: the accepted requests, and the parcels whose sender lies in its
        // collection range (matched when they were created, with no request to decide).
        var parcels = await db.LogisticsOrders.AsNoTracking().Include(l => l.Store)
            .Where(l => l.WarehouseId == warehouseId && l.HandoverMode == HandoverMode.DoorPickup && l.Status == LogisticsOrderStatus.AwaitingHandover)
            .ToListAsync(ct);
        var ids = parcels.Select(l => l.Id).ToList();
        var accepted = (await Mine().AsNoTracking().Where(p => p.Status == PickupRequestStatus.Accepted && ids.Contains(p.LogisticsOrderId)).ToListAsync(ct))
            .GroupBy(p => p.LogisticsOrderId)
            .ToDictionary(g => g.Key, g => g.MaxBy(p => p.Id)!);
        var rows = parcels.Select(l => accepted.TryGetValue(l.Id, out var request)
            ? PickupRequestView.From(request)
            : new PickupRequestView(0, PickupRequestStatus.Accepted, l.CreatedAt, "", null, null, null, new StoreRef(l.Store!.Id, l.Store.Name), l.Sender, PickupParcelView.From(l)));
        return new PickupSheet(warehouse.DisplayName(), warehouse.Address, PickupStop.Group(rows), clock.UtcNow);
    }

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
                var requests = await Mine().Where(p => wanted.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(token);
                if (wanted.Count == 0 || requests.Count != wanted.Count)
                {
                    return NotFound();
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
            timeline.Record(parcel.StoreId, TimelineEventKind.PickupAccepted, parcel.OrderId, parcel.Id, new Dictionary<string, string>
            {
                ["waybill"] = parcel.WaybillNumber,
                ["warehouse"] = request.Warehouse!.Name,
            });
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
            timeline.Record(parcel.StoreId, TimelineEventKind.PickupRejected, parcel.OrderId, parcel.Id, new Dictionary<string, string>
            {
                ["waybill"] = parcel.WaybillNumber,
                ["warehouse"] = request.Warehouse!.Name,
                ["reason"] = reason,
                ["transitWarehouse"] = transit.Name,
            });
        }

        return moved;
    }

    // Staff work across stores, but only ever on their own warehouse's requests.
    private IQueryable<PickupRequest> Mine()
    {
        var warehouseId = actor.RequireWarehouse();
        return db.PickupRequests
            .Include(p => p.Store)
            .Include(p => p.Warehouse)
            .Include(p => p.LogisticsOrder)
            .Where(p => p.WarehouseId == warehouseId);
    }

    private static Problem NotFound() => Problem.NotFound(Text.Get("This pickup request does not exist at your warehouse."));
}

namespace Fulfilment.Warehouses;

/// <summary>
/// The admin's warehouse configuration: collection warehouses and their service areas, transit warehouses, and the
/// one transit warehouse self-sends go to by default. There is always a default once one transit warehouse exists:
/// the first becomes it, the mark only ever moves, and the default cannot be deactivated or turned into a collection
/// warehouse (the database allows one mark, on a transit warehouse).
/// </summary>
public sealed class WarehouseAdminService(FulfilmentDbContext db, UnitOfWork unitOfWork, IValidator<WarehouseRequest> validator, IClock clock)
{
    /// <summary>A page of warehouses, active first.</summary>
    public async Task<Paged<WarehouseView>> List(PageRequest page, CancellationToken ct)
    {
        var total = await db.Warehouses.CountAsync(ct);
        var warehouses = await db.Warehouses.AsNoTracking()
            .OrderByDescending(w => w.Active).ThenBy(w => w.Kind).ThenBy(w => w.Code)
            .Skip(page.Skip).Take(page.SafeSize)
            .ToListAsync(ct);
        return new Paged<WarehouseView>([.. warehouses.Select(WarehouseView.From)], total, page.SafePage, page.SafeSize);
    }

    public async Task<Result<WarehouseView>> Get(string code, CancellationToken ct) =>
        await db.Warehouses.AsNoTracking().SingleOrDefaultAsync(w => w.Code == WarehouseRequest.NormalizeCode(code), ct) is { } warehouse
            ? WarehouseView.From(warehouse)
            : NotFound();

    public async Task<Result<WarehouseView>> Create(WarehouseRequest request, CancellationToken ct)
    {
        if (await validator.Check(request, ct) is { } invalid)
        {
            return invalid;
        }

        var result = await unitOfWork.Run<Warehouse>(
            async token =>
            {
                var code = WarehouseRequest.NormalizeCode(request.Code);
                if (await db.Warehouses.AnyAsync(w => w.Code == code, token))
                {
                    var message = Text.Get("A warehouse with this code already exists.");
                    return new Problem(ProblemCodes.Duplicate, message, new Dictionary<string, string[]> { [nameof(WarehouseRequest.Code)] = [message] });
                }

                var warehouse = new Warehouse { Code = code };
                Apply(warehouse, request);
                var firstTransit = warehouse is { Kind: WarehouseKind.Transit, Active: true } && !await db.Warehouses.AnyAsync(w => w.IsDefaultTransit, token);
                if (request.IsDefaultTransit == true || firstTransit)
                {
                    var marked = await MoveDefaultTo(warehouse, token);
                    if (!marked.IsSuccess)
                    {
                        return marked.Problem;
                    }
                }

                db.Warehouses.Add(warehouse);
                return warehouse;
            },
            ct);
        return result.Map(WarehouseView.From);
    }

    /// <summary>Replaces the warehouse's settings. The code identifies it in the API and stays.</summary>
    public async Task<Result<WarehouseView>> Update(string code, WarehouseRequest request, CancellationToken ct)
    {
        var normalized = WarehouseRequest.NormalizeCode(code);
        request = request with { Code = string.IsNullOrWhiteSpace(request.Code) ? normalized : request.Code };
        if (await validator.Check(request, ct) is { } invalid)
        {
            return invalid;
        }

        if (WarehouseRequest.NormalizeCode(request.Code) != normalized)
        {
            return Problem.Field(nameof(WarehouseRequest.Code), Text.Get("The code of an existing warehouse cannot change."));
        }

        var result = await unitOfWork.Run<Warehouse>(
            async token =>
            {
                var warehouse = await db.Warehouses.SingleOrDefaultAsync(w => w.Code == normalized, token);
                if (warehouse is null)
                {
                    return NotFound();
                }

                if (warehouse.IsDefaultTransit && KeepsDefault(request) is { } refused)
                {
                    return refused;
                }

                if (request.Active == false && warehouse.Active && await StillWaiting(warehouse.Id, token) is { } waiting)
                {
                    return Problem.Field(nameof(WarehouseRequest.Active), waiting);
                }

                Apply(warehouse, request);
                if (request.IsDefaultTransit == true && !warehouse.IsDefaultTransit)
                {
                    var marked = await MoveDefaultTo(warehouse, token);
                    if (!marked.IsSuccess)
                    {
                        return marked.Problem;
                    }
                }

                return warehouse;
            },
            ct);
        return result.Map(WarehouseView.From);
    }

    public async Task<Result<WarehouseView>> SetActive(string code, bool active, CancellationToken ct)
    {
        var result = await unitOfWork.Run<Warehouse>(
            async token =>
            {
                var warehouse = await db.Warehouses.SingleOrDefaultAsync(w => w.Code == WarehouseRequest.NormalizeCode(code), token);
                if (warehouse is null)
                {
                    return NotFound();
                }

                if (!active && warehouse.IsDefaultTransit)
                {
                    return Problem.InvalidState(DefaultStays());
                }

                if (!active && warehouse.Active && await StillWaiting(warehouse.Id, token) is { } waiting)
                {
                    return Problem.InvalidState(waiting);
                }

                warehouse.Active = active;
                warehouse.UpdatedAt = clock.UtcNow;
                return warehouse;
            },
            ct);
        return result.Map(WarehouseView.From);
    }

    /// <summary>Designates the transit warehouse self-sends go to; the mark moves from the previous one.</summary>
    public async Task<Result<WarehouseView>> MakeDefaultTransit(string code, CancellationToken ct)
    {
        var result = await unitOfWork.Run<Warehouse>(
            async token =>
            {
                var warehouse = await db.Warehouses.SingleOrDefaultAsync(w => w.Code == WarehouseRequest.NormalizeCode(code), token);
                if (warehouse is null)
                {
                    return NotFound();
                }

                var marked = await MoveDefaultTo(warehouse, token);
                return marked.IsSuccess ? warehouse : marked.Problem;
            },
            ct);
        return result.Map(WarehouseView.From);
    }

    private async Task<Result<Done>> MoveDefaultTo(Warehouse warehouse, CancellationToken ct)
    {
        if (warehouse.Kind != WarehouseKind.Transit || !warehouse.Active)
        {
            return Problem.Field(nameof(WarehouseRequest.IsDefaultTransit), Text.Get("Only an active transit warehouse can be the default for self-sends."));
        }

        if (!warehouse.IsDefaultTransit)
        {
            // Cleared and saved first, so the one-default index never sees two.
            await db.Warehouses.Where(w => w.IsDefaultTransit).ExecuteUpdateAsync(s => s.SetProperty(w => w.IsDefaultTransit, false), ct);
            warehouse.IsDefaultTransit = true;
            warehouse.UpdatedAt = clock.UtcNow;
        }

        return Done.Value;
    }

    // A warehouse that closes with pickup requests to decide or parcels on their way to it would strand them: staff
    // decide the requests and receive the parcels first (or the sellers cancel them).
    private async Task<string?> StillWaiting(int warehouseId, CancellationToken ct)
    {
        var pending = await db.PickupRequests.CountAsync(p => p.WarehouseId == warehouseId && p.Status == PickupRequestStatus.Pending, ct);
        var expected = await db.LogisticsOrders.CountAsync(l => l.WarehouseId == warehouseId && l.Status == LogisticsOrderStatus.AwaitingHandover, ct);
        return pending + expected == 0
            ? null
            : Text.Format("This warehouse still has {0} pickup requests to decide and {1} parcels to collect or receive. Decide and receive them first, then deactivate it.", pending, expected);
    }

    // The default transit warehouse must stay an active transit warehouse until another one takes the mark.
    private static Problem? KeepsDefault(WarehouseRequest request)
    {
        var field = request.IsDefaultTransit == false ? nameof(WarehouseRequest.IsDefaultTransit)
            : request.Active == false ? nameof(WarehouseRequest.Active)
            : request.Kind != WarehouseKind.Transit ? nameof(WarehouseRequest.Kind)
            : null;
        return field is null ? null : Problem.Field(field, DefaultStays());
    }

    private static string DefaultStays() =>
        Text.Get("This is the default transit warehouse for self-sends. Designate another transit warehouse as the default first.");

    private void Apply(Warehouse warehouse, WarehouseRequest request)
    {
        warehouse.Name = request.Name!.Trim();
        warehouse.ChineseName = string.IsNullOrWhiteSpace(request.ChineseName) ? null : request.ChineseName.Trim();
        warehouse.Kind = request.Kind!.Value;
        warehouse.Active = request.Active ?? true;
        warehouse.Address = request.Address!.Normalized();
        warehouse.ServiceCities = Clean(request.ServiceArea?.Cities);
        warehouse.ServicePostalCodePrefixes = Clean(request.ServiceArea?.PostalCodePrefixes);
        if (!string.IsNullOrWhiteSpace(request.TimeZone))
        {
            warehouse.TimeZone = LocalTime.Canonical(request.TimeZone)!;
        }

        warehouse.UpdatedAt = clock.UtcNow;
    }

    private static List<string> Clean(List<string>? values) =>
        [.. (values ?? []).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static Problem NotFound() => Problem.NotFound(Text.Get("This warehouse does not exist."));
}

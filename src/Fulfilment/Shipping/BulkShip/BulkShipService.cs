namespace Fulfilment.Shipping.BulkShip;

/// <summary>
/// Ship a batch of orders with their buyers' channels, for the inbox page and <c>POST /api/orders/bulk-logistics-orders</c>:
/// a preview (each order's quote and eligibility, the total), then each eligible order its own logistics order through
/// the single-order create path, in its own transaction, under a key derived from the batch key and its order number —
/// so a retried batch, a racing twin or a double click never ships an order twice.
/// </summary>
public sealed class BulkShipService(
    FulfilmentDbContext db,
    CreateLogisticsOrderHandler createHandler,
    LoadWarehouses warehouseQuery,
    IdempotentStep idempotentStep,
    IValidator<BulkShipRequest> validator,
    IValidator<CreateLogisticsOrderRequest> createValidator,
    ICurrentActor actor)
{
    /// <summary>Each order's quote and how it would ship, or why it would be skipped; the total to be deducted.</summary>
    public async Task<Result<BulkShipPreview>> Preview(BulkShipRequest request, CancellationToken ct)
    {
        if (await validator.Check(request, ct) is { } invalid)
        {
            return invalid;
        }

        var balance = await db.FreightAccounts.Select(a => (decimal?)a.Balance).SingleOrDefaultAsync(ct);
        if (balance is null)
        {
            return FreightAccountProblems.Unbound();
        }

        var numbers = request.Numbers();
        var context = await Load(numbers, ct);
        var candidates = new List<BulkShipCandidate>();
        foreach (var number in numbers)
        {
            candidates.Add(Candidate(number, context.Orders.GetValueOrDefault(number), await Checked(context.Plan(number, request), ct)));
        }

        var eligible = candidates.Where(c => c.Eligible).ToList();
        return new BulkShipPreview(candidates, eligible.Count, candidates.Count - eligible.Count, eligible.Sum(c => c.ToBeDeducted ?? 0m), balance.Value, Money.DefaultCurrency);
    }

    /// <summary>
    /// Ships every order of the batch that can ship with its buyer's channel, one after the other. The batch key is claimed
    /// with the batch (the same key with other orders or choices is <c>idempotency_key_reused</c>); each order then runs
    /// under its own key, so a repeat answers the parcels already created and creates only what is missing.
    /// </summary>
    public async Task<Result<BulkShipResult>> Ship(BulkShipRequest request, IdempotencyKey? batchKey, CancellationToken ct)
    {
        if (await CheckBatch(request, batchKey, ct) is { } invalid)
        {
            return invalid;
        }

        var claimed = await idempotentStep.Run(
            Scope(), new IdempotencyKey(BatchKey(batchKey!)), "bulk-ship", request, _ => Task.FromResult(Result<bool>.Success(true)), ct);
        if (!claimed.IsSuccess)
        {
            return claimed.Problem;
        }

        var results = new List<BulkShipItemResult>();
        foreach (var number in request.Numbers())
        {
            results.Add(await ShipOne(number, request, batchKey!, ct));
        }

        return Summary(results);
    }

    /// <summary>
    /// One order of a batch (the inbox page's script ships a confirmed batch order by order to show progress): the same
    /// per-order key as <see cref="Ship"/>, so the page's plain form post and its script never ship an order twice.
    /// </summary>
    public async Task<Result<BulkShipItemResult>> ShipOrder(BulkShipRequest options, string orderNumber, IdempotencyKey? batchKey, CancellationToken ct)
    {
        var request = options with { OrderNumbers = [orderNumber] };
        if (await CheckBatch(request, batchKey, ct) is { } invalid)
        {
            return invalid;
        }

        return await ShipOne(request.Numbers()[0], request, batchKey!, ct);
    }

    /// <summary>What a batch shipped in all (the page's results after its script shipped order by order).</summary>
    public static BulkShipResult Summary(IReadOnlyList<BulkShipItemResult> results) => new(
        results,
        results.Count(r => r.Created),
        results.Count(r => !r.Created),
        results.Sum(r => r.LogisticsOrder?.Charged ?? 0m),
        Money.DefaultCurrency);

    private async Task<Problem?> CheckBatch(BulkShipRequest request, IdempotencyKey? batchKey, CancellationToken ct)
    {
        if (batchKey is null)
        {
            return Problem.Field("Idempotency-Key", Text.Get("Send an Idempotency-Key with the batch: a repeat with the same key never ships an order twice."));
        }

        if (await validator.Check(request, ct) is { } invalid)
        {
            return invalid;
        }

        return request.AgreementAccepted
            ? null
            : Problem.Field(
                nameof(BulkShipRequest.AgreementAccepted),
                Text.Get("Tick the box to confirm that you have read and agree to the Online Shipping User Agreement."));
    }

    private async Task<BulkShipItemResult> ShipOne(string orderNumber, BulkShipRequest batch, IdempotencyKey batchKey, CancellationToken ct)
    {
        var key = new IdempotencyKey(OrderKey(batchKey, orderNumber));
        if (await idempotentStep.Stored<LogisticsOrderView>(Scope(), key, ct) is { } earlier)
        {
            return BulkShipItemResult.Shipped(orderNumber, earlier);
        }

        var context = await Load([orderNumber], ct);
        var plan = context.Plan(orderNumber, batch);
        var created = plan.IsSuccess ? await Create(orderNumber, plan.Value.Request, key, ct) : plan.Problem;
        if (created.IsSuccess)
        {
            return BulkShipItemResult.Shipped(orderNumber, created.Value);
        }

        // A racing twin of this batch may have shipped the order meanwhile (this run then saw nothing left): its parcel is the answer.
        return await idempotentStep.Stored<LogisticsOrderView>(Scope(), key, ct) is { } raced
            ? BulkShipItemResult.Shipped(orderNumber, raced)
            : BulkShipItemResult.Failed(orderNumber, created.Problem);
    }

    /// <summary>The single-order create path (one transaction: allocate, charge, issue the waybill), the only call into it.</summary>
    private Task<Result<LogisticsOrderView>> Create(string orderNumber, CreateLogisticsOrderRequest request, IdempotencyKey key, CancellationToken ct) =>
        createHandler.Create(orderNumber, request, key, ct);

    /// <summary>A plan the create step's own validation would refuse is refused in the preview already.</summary>
    private async Task<Result<PlannedParcel>> Checked(Result<PlannedParcel> plan, CancellationToken ct) =>
        plan.IsSuccess && await createValidator.Check(plan.Value.Request with { AgreementAccepted = true }, ct) is { } invalid ? invalid : plan;

    private static BulkShipCandidate Candidate(string number, Order? order, Result<PlannedParcel> plan)
    {
        if (!plan.IsSuccess)
        {
            return new BulkShipCandidate(number, false, order?.BuyerChannelCode, null, order?.Recipient.CountryCode, null, null, null, null, null, null, null, null, BulkShipProblem.From(plan.Problem));
        }

        var p = plan.Value;
        return new BulkShipCandidate(
            number, true, p.Channel.Code, p.Channel.Name, order!.Recipient.CountryCode, p.WeightGrams, p.Units, p.Charges.Freight, p.Charges.ReturnServiceFee,
            p.Charges.ToBeDeducted, p.Sender.Name, p.Handover.Mode, p.Handover.Warehouse.Name, null);
    }

    private async Task<BatchContext> Load(IReadOnlyList<string> numbers, CancellationToken ct)
    {
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => numbers.Contains(o.OrderNumber)).ToDictionaryAsync(o => o.OrderNumber, StringComparer.Ordinal, ct);
        var codes = orders.Values.Select(o => o.BuyerChannelCode).OfType<string>().Distinct().ToList();
        var channels = await db.Channels.AsNoTracking().Include(c => c.Rates).Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, ct);
        var sender = await db.SenderAddresses.AsNoTracking().InBookOrder().FirstOrDefaultAsync(ct);
        var warehouses = await warehouseQuery.Active(ct);
        return new BatchContext(orders, channels, sender, warehouses);
    }

    private string Scope() => $"store:{actor.RequireStore().ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The client's key, hashed to a fixed length (the per-order keys add the order number to it).</summary>
    private static string BatchKey(IdempotencyKey key) =>
        "bulk:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Value)))[..32];

    private static string OrderKey(IdempotencyKey batchKey, string orderNumber) => $"{BatchKey(batchKey)}:{orderNumber}";

    private sealed record BatchContext(
        Dictionary<string, Order> Orders,
        Dictionary<string, LogisticsChannel> Channels,
        SenderAddresses.SenderAddress? Sender,
        IReadOnlyList<Warehouses.Warehouse> Warehouses)
    {
        public Result<PlannedParcel> Plan(string number, BulkShipRequest batch) =>
            Orders.GetValueOrDefault(number) is { } order
                ? BulkShipPlan.For(order, order.BuyerChannelCode is { } code ? Channels.GetValueOrDefault(code) : null, Sender, Warehouses, batch)
                : Problem.NotFound(Text.Get("This order does not exist in your store."));
    }
}

namespace Fulfilment.Shipping;

/// <summary>
/// The small query every shipping use case starts with: the store's order with its lines (another store's order is
/// simply not found), and, for the steps that ship, the freight account's balance and whether anything is left.
/// </summary>
[ScopedService]
public sealed class LoadShippableOrder(FulfilmentDbContext db)
{
    /// <summary>The store's order with its lines, or null.</summary>
    public async Task<Order?> Find(string orderNumber, bool tracked, CancellationToken ct)
    {
        var number = orderNumber?.Trim() ?? "";
        var query = db.Orders.Include(o => o.Lines).Where(o => o.OrderNumber == number);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct);
    }

    /// <summary>
    /// The order, ready for another parcel: it exists (<c>not_found</c>), the freight account is bound
    /// (<c>freight_account_unbound</c>), and units remain to ship (the order lifecycle's refusal).
    /// </summary>
    public async Task<Result<ShippableOrder>> Ready(string orderNumber, bool tracked, CancellationToken ct)
    {
        var order = await Find(orderNumber, tracked, ct);
        var balance = order is null ? null : await db.FreightAccounts.Select(a => (decimal?)a.Balance).SingleOrDefaultAsync(ct);
        return Check(order, balance);
    }

    /// <summary>
    /// <see cref="Ready"/> (tracked), with the sender address the parcel goes from (the chosen one, or the address book's
    /// default; null when there is none), in one round trip: the query the create step starts with.
    /// </summary>
    public async Task<Result<(ShippableOrder Shippable, SenderAddress? Sender)>> ReadyToShip(string orderNumber, long? senderAddressId, CancellationToken ct)
    {
        var number = orderNumber?.Trim() ?? "";

        // Built outside the projection so the book's order is a query EF inlines, not a method call it cannot translate.
        var senders = db.SenderAddresses.Where(a => senderAddressId == null || a.Id == senderAddressId).InBookOrder();
        var row = await db.Orders
            .Where(o => o.OrderNumber == number)
            .Select(o => new
            {
                Order = o,
                Lines = o.Lines.ToList(),
                Balance = db.FreightAccounts.Select(a => (decimal?)a.Balance).FirstOrDefault(),
                Sender = senders.FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (row?.Sender is { } sender)
        {
            // Read, never changed: not tracked, so nothing of it is saved with the step.
            db.Entry(sender).State = EntityState.Detached;
        }

        var ready = Check(row?.Order, row?.Balance);
        return ready.IsSuccess ? (ready.Value, row!.Sender) : ready.Problem;
    }

    private static Result<ShippableOrder> Check(Order? order, decimal? balance)
    {
        if (order is null)
        {
            return OrderProblems.NotFound();
        }

        if (balance is null)
        {
            return FreightAccountProblems.Unbound();
        }

        if (order.CanShipMore() is { IsSuccess: false } closed)
        {
            return closed.Problem;
        }

        return new ShippableOrder(order, balance.Value);
    }
}

/// <summary>An order that may get another parcel, and the store's freight account balance.</summary>
public sealed record ShippableOrder(Order Order, decimal Balance);

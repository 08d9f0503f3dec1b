using Fulfilment.Shipping.BulkShip;

namespace Fulfilment.Labels;

/// <summary>
/// Bulk print from the orders inbox: the labels of the selected orders' logistics orders (every one not cancelled, order by
/// order as selected, oldest parcel first) as one batch through <see cref="LabelService.PrintBatch"/>, so each label
/// printed is counted and recorded exactly as a batch from the parcel list.
/// </summary>
public sealed class OrderLabelService(FulfilmentDbContext db, LabelService labels)
{
    public async Task<Result<LabelFile>> Print(IReadOnlyList<string>? orderNumbers, string? format, CancellationToken ct)
    {
        var numbers = (orderNumbers ?? []).Select(n => n?.Trim() ?? "").Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (numbers.Count == 0)
        {
            return Problem.Field("orderNumbers", Text.Get("Select at least one order."));
        }

        if (numbers.Count > BulkShipRequest.MaxOrders)
        {
            return Problem.Field("orderNumbers", Text.Format("At most {0} orders at once: select fewer.", BulkShipRequest.MaxOrders));
        }

        var parcels = await db.LogisticsOrders.AsNoTracking()
            .Where(l => numbers.Contains(l.OrderNumber) && l.Status != LogisticsOrderStatus.Cancelled)
            .OrderBy(l => l.Id)
            .Select(l => new { l.Id, l.OrderNumber })
            .ToListAsync(ct);
        if (parcels.Count == 0)
        {
            return Problem.InvalidState(Text.Get("None of the selected orders has a logistics order with a label to print: ship them first."));
        }

        var ids = numbers.SelectMany(n => parcels.Where(p => p.OrderNumber == n).Select(p => p.Id)).ToList();
        return await labels.PrintBatch(new LabelBatchRequest(ids, format), ct);
    }
}

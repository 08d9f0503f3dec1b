using NpgsqlTypes;

namespace Fulfilment.Shipping.CreateLogisticsOrder;

/// <summary>
/// Writes what <see cref="OrderLine.TryAllocate"/> and <see cref="Order.Touch"/> did to an order read without tracking:
/// the packed units are added to each line's shipped quantity and the order row is touched, on the condition that the
/// order is still the version the step read. Otherwise (a concurrent parcel or cancellation of the same order committed
/// first) the statement raises SQLSTATE 40001 and the step reruns against fresh data, as EF's concurrency check did.
/// </summary>
internal static class UnitAllocation
{
    public static NpgsqlBatchCommand Statement(Order order, IReadOnlyList<LogisticsOrderLine> packed)
    {
        var command = new NpgsqlBatchCommand("""
            WITH touched AS (
                UPDATE orders SET updated_at = $1 WHERE id = $2 AND xmin = $3 RETURNING id),
            allocated AS (
                UPDATE order_lines l SET shipped_quantity = l.shipped_quantity + p.quantity
                FROM unnest($4::bigint[], $5::integer[]) AS p(id, quantity)
                WHERE l.id = p.id AND l.order_id IN (SELECT id FROM touched))
            SELECT fulfilment_require(EXISTS (SELECT FROM touched), 'the order changed since the step read it')
            """);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = order.UpdatedAt.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = order.Id });
        command.Parameters.Add(new NpgsqlParameter<uint> { TypedValue = order.Version, NpgsqlDbType = NpgsqlDbType.Xid });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. packed.Select(p => p.OrderLineId)] });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. packed.Select(p => p.Quantity)] });
        return command;
    }
}

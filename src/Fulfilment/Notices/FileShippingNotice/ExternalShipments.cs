namespace Fulfilment.Notices.FileShippingNotice;

/// <summary>Turns the declared external shipments of a notice into allocated units on the order's lines.</summary>
internal static class ExternalShipments
{
    public static Result<List<ExternalShipment>> Allocate(
        Order order, IReadOnlyList<ExternalShipmentRequest> requests, long noticeId, DateTimeOffset shippedAt, DateTimeOffset now, string actor)
    {
        var errors = new Dictionary<string, string[]>();
        var shipments = new List<ExternalShipment>();

        // Confirmed complete closes the order to new shipments; only parcels created before can still be noticed.
        if (requests.Count > 0 && order.Status == OrderStatus.Shipped)
        {
            return Problem.InvalidState(Text.Get("This order is already shipped."));
        }

        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            var field = $"{nameof(FileNoticeRequest.ExternalShipments)}[{i}]";
            List<(OrderLine Line, int Quantity)> wanted = [];
            if (request.Lines is null)
            {
                wanted = [.. order.RemainingLines().Select(l => (l, l.RemainingQuantity))];
                if (wanted.Count == 0)
                {
                    return NothingToShip(Text.Get("Every unit of this order is already shipped or in a parcel."));
                }
            }
            else
            {
                for (var j = 0; j < request.Lines.Count; j++)
                {
                    var lineRequest = request.Lines[j];
                    var line = order.Lines.FirstOrDefault(l => l.Sku == lineRequest.Sku!.Trim());
                    if (line is null)
                    {
                        errors[$"{field}.Lines[{j}].Sku"] = [Text.Format("This order has no line with SKU {0}.", lineRequest.Sku!.Trim())];
                    }
                    else if (lineRequest.Quantity > line.Quantity)
                    {
                        errors[$"{field}.Lines[{j}].Quantity"] = [Text.Format("The order has only {0} of {1}.", line.Quantity, line.Sku)];
                    }
                    else
                    {
                        wanted.Add((line, lineRequest.Quantity!.Value));
                    }
                }
            }

            var shipment = new ExternalShipment
            {
                StoreId = order.StoreId,
                OrderId = order.Id,
                ShippingNoticeId = noticeId,
                CarrierName = request.CarrierName!.Trim(),
                TrackingNumber = request.TrackingNumber!.Trim(),
                TrackingUrl = string.IsNullOrWhiteSpace(request.TrackingUrl) ? null : request.TrackingUrl.Trim(),
                ShippedAt = shippedAt,
                CreatedAt = now,
                CreatedBy = actor,
            };
            foreach (var (line, quantity) in wanted)
            {
                if (errors.Count == 0 && !line.TryAllocate(quantity))
                {
                    return NothingToShip(line.RemainingQuantity == 0
                        ? Text.Format("Every unit of {0} is already shipped or in a parcel.", line.Sku)
                        : Text.Format("Only {0} of {1} remain to ship.", line.RemainingQuantity, line.Sku));
                }

                shipment.Lines.Add(new ExternalShipmentLine { StoreId = order.StoreId, OrderLineId = line.Id, Sku = line.Sku, Quantity = quantity });
            }

            shipments.Add(shipment);
        }

        return errors.Count > 0 ? Problem.Validation(errors) : shipments;
    }

    private static Problem NothingToShip(string message) => new(ProblemCodes.NothingToShip, message);
}

namespace Fulfilment.Shipping;

/// <summary>How a parcel will reach the network, decided before it is created and shown to the seller first.</summary>
public sealed record HandoverPlan(HandoverMode Mode, Warehouse Warehouse)
{
    /// <summary>
    /// <c>Auto</c>: the collection warehouse whose service area holds the sender collects door to door; with none, the
    /// seller self-sends to the designated transit warehouse. <c>RequestPickup</c>: the chosen active collection
    /// warehouse is asked and the parcel waits for its decision.
    /// </summary>
    public static Result<HandoverPlan> Decide(IReadOnlyCollection<Warehouse> warehouses, Address sender, HandoverChoice choice, string? pickupWarehouseCode)
    {
        if (choice == HandoverChoice.RequestPickup)
        {
            var code = pickupWarehouseCode?.Trim() ?? "";
            var chosen = warehouses.FirstOrDefault(w => string.Equals(w.Code, code, StringComparison.OrdinalIgnoreCase) && w.Active && w.Kind == WarehouseKind.Collection);
            return chosen is null
                ? Problem.Field(nameof(CreateLogisticsOrderRequest.PickupWarehouseCode), Text.Get("Choose an active collection warehouse."))
                : new HandoverPlan(HandoverMode.PickupRequested, chosen);
        }

        if (choice == HandoverChoice.SelfSend)
        {
            return Transit(warehouses) is { } transit
                ? new HandoverPlan(HandoverMode.SelfSend, transit)
                : Problem.InvalidState(Text.Get("No transit warehouse is set up for self-sent parcels yet. Ask your administrator, or apply for a warehouse pickup."));
        }

        return Auto(warehouses, sender) is { } plan
            ? plan
            : Problem.InvalidState(Text.Get("No transit warehouse is set up for self-sent parcels yet. Ask your administrator, or apply for a warehouse pickup."));
    }

    /// <summary>What <c>Auto</c> gives for a sender, or null when nothing matches and no transit warehouse is designated.</summary>
    public static HandoverPlan? Auto(IEnumerable<Warehouse> warehouses, Address sender)
    {
        var all = warehouses.ToList();
        if (ServiceAreaMatch.Find(all, sender) is { } collecting)
        {
            return new HandoverPlan(HandoverMode.DoorPickup, collecting);
        }

        return Transit(all) is { } transit ? new HandoverPlan(HandoverMode.SelfSend, transit) : null;
    }

    /// <summary>The designated transit warehouse self-sent parcels go to (自寄至指定中转仓库), or null when none is set up.</summary>
    public static Warehouse? Transit(IEnumerable<Warehouse> warehouses) =>
        warehouses.Where(w => w.Active && w.Kind == WarehouseKind.Transit && w.IsDefaultTransit).MinBy(w => w.Code, StringComparer.Ordinal);

    public WarehouseRef ToRef() => WarehouseRef.From(Warehouse);
}

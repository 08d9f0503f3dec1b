namespace Fulfilment.Warehouses;

/// <summary>A pickup request as the warehouse sees it: who asks, where to collect, which parcel, and the decision.</summary>
public sealed record PickupRequestView(
    long Id,
    PickupRequestStatus Status,
    DateTimeOffset RequestedAt,
    string RequestedBy,
    DateTimeOffset? DecidedAt,
    string? DecidedBy,
    string? RejectionReason,
    StoreRef Store,
    Address SenderAddress,
    PickupParcelView Parcel)
{
    /// <summary>Maps a request loaded with its <c>Store</c> and <c>LogisticsOrder</c>.</summary>
    public static PickupRequestView From(PickupRequest request)
    {
        var parcel = request.LogisticsOrder ?? throw new InvalidOperationException("Load the pickup request with its logistics order.");
        var store = request.Store ?? throw new InvalidOperationException("Load the pickup request with its store.");
        return new(
            request.Id,
            request.Status,
            request.RequestedAt,
            request.RequestedBy,
            request.DecidedAt,
            request.DecidedBy,
            request.RejectionReason,
            new StoreRef(store.Id, store.Name),
            parcel.Sender,
            PickupParcelView.From(parcel));
    }
}

public sealed record StoreRef(long Id, string Name);

/// <summary>The parcel a pickup request is about, as far as the warehouse needs it.</summary>
public sealed record PickupParcelView(
    long Id,
    string WaybillNumber,
    string OrderNumber,
    string ChannelCode,
    GoodsType GoodsType,
    int WeightGrams,
    LogisticsOrderStatus Status,
    HandoverMode HandoverMode,
    string DestinationCountry)
{
    public static PickupParcelView From(LogisticsOrder parcel) => new(
        parcel.Id, parcel.WaybillNumber, parcel.OrderNumber, parcel.ChannelCode, parcel.GoodsType, parcel.WeightGrams,
        parcel.Status, parcel.HandoverMode, parcel.Recipient.CountryCode);
}

/// <summary>
/// The requests of one pickup stop: one store's parcels at one sender address. A driver collects a stop in one trip,
/// so the page decides and prints by stop.
/// </summary>
public sealed record PickupStop(StoreRef Store, Address SenderAddress, IReadOnlyList<PickupRequestView> Requests)
{
    public int ParcelCount => Requests.Count;

    public int TotalWeightGrams => Requests.Sum(r => r.Parcel.WeightGrams);

    public DateTimeOffset FirstRequestedAt => Requests.Min(r => r.RequestedAt);

    public IReadOnlyList<long> Ids => [.. Requests.Select(r => r.Id)];

    /// <summary>Groups requests by store and sender address, oldest stop first.</summary>
    public static IReadOnlyList<PickupStop> Group(IEnumerable<PickupRequestView> requests) =>
        [.. requests
            .GroupBy(r => (r.Store.Id, Key: AddressKey(r.SenderAddress)))
            .Select(g => new PickupStop(g.First().Store, g.First().SenderAddress, [.. g.OrderBy(r => r.RequestedAt).ThenBy(r => r.Id)]))
            .OrderBy(s => s.FirstRequestedAt)];

    private static string AddressKey(Address a) =>
        string.Join('|', a.Name, a.Phone, a.CountryCode, a.Province, a.City, a.PostalCode, a.Line1, a.Line2).ToUpperInvariant();
}

/// <summary>What the pickup requests page shows: the counts per status and the stops of the chosen status.</summary>
public sealed record PickupBoard(
    PickupRequestStatus Status,
    int Pending,
    int Accepted,
    int Rejected,
    IReadOnlyList<PickupStop> Stops,
    bool Truncated);

/// <summary>The printable list of parcels to collect, stop by stop.</summary>
public sealed record PickupSheet(string WarehouseName, Address WarehouseAddress, IReadOnlyList<PickupStop> Stops, DateTimeOffset PrintedAt)
{
    public int ParcelCount => Stops.Sum(s => s.ParcelCount);

    public int TotalWeightGrams => Stops.Sum(s => s.TotalWeightGrams);
}

namespace Fulfilment.Orders;

/// <summary>What can happen to an order that changes its status.</summary>
public enum OrderTrigger
{
    /// <summary>A shipping notice was filed and noticed parcels do not yet cover every ordered quantity.</summary>
    NoticeFiledPartly,

    /// <summary>A shipping notice was filed and noticed parcels now cover every ordered quantity.</summary>
    NoticeFiledFully,

    /// <summary>The seller confirmed on purpose that the partially shipped order is complete.</summary>
    ShipmentConfirmedComplete,
}

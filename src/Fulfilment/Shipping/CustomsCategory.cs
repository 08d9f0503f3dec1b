namespace Fulfilment.Shipping;

/// <summary>The category box ticked on a CN22 customs declaration.</summary>
public enum CustomsCategory
{
    SaleOfGoods,
    Gift,
    CommercialSample,
    Documents,
    ReturnedGoods,
    Other,
}

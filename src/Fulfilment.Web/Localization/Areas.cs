namespace Fulfilment.Web.Localization;

// One marker type per area of the UI; each has its translations in Resources/Localization/<Name>.zh-CN.resx.
// English text is the key, so a view reads naturally: @L["Awaiting shipment"].

/// <summary>Layout, navigation, sign-in, dashboard and words every page shares (statuses, buttons).</summary>
public sealed class SharedText;

public sealed class FreightAccountText;

public sealed class OrdersText;

public sealed class ShippingText;

public sealed class PackagesText;

public sealed class WarehouseText;

public sealed class AdminText;

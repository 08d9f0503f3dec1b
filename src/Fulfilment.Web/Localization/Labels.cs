using Microsoft.AspNetCore.Mvc.Rendering;

namespace Fulfilment.Web.Localization;

/// <summary>The words for enum values the UI shows, in <c>Resources/Localization/EnumText(.zh-CN).resx</c> under <c>Enum_&lt;Type&gt;_&lt;Value&gt;</c>.</summary>
public sealed class EnumText;

/// <summary>
/// One word per enum value in each language, for every page (status badges, options, summaries): views call
/// <c>Labels.For(value)</c> instead of switching on the value. <see cref="Shown"/> lists the enums the UI shows; a unit
/// test checks each of their values has an English and a Chinese label.
/// </summary>
public sealed class Labels(IStringLocalizer<EnumText> text)
{
    /// <summary>The enums whose values the UI shows in words.</summary>
    public static readonly Type[] Shown =
    [
        typeof(GoodsType), typeof(CustomsCategory), typeof(UndeliverableHandling), typeof(HandoverMode), typeof(OrderStatus),
        typeof(LogisticsOrderStatus), typeof(PickupRequestStatus), typeof(FreightAccountStatus), typeof(LedgerEntryKind),
        typeof(PaymentMethod), typeof(WarehouseKind),
    ];

    /// <summary>The resource key of a value's label.</summary>
    public static string Key(Enum value) => $"Enum_{value.GetType().Name}_{value}";

    /// <summary>The value's label in the reader's language (its name when it has none, which the unit test forbids).</summary>
    public string For(Enum value) => text[Key(value)] is { ResourceNotFound: false } label ? label.Value : value.ToString();

    /// <summary>Every value of <typeparamref name="T"/> as select options (value: its name; text: its label).</summary>
    public IEnumerable<SelectListItem> Items<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(v => new SelectListItem(For(v), v.ToString()));
}

namespace Fulfilment.Shipping.CreateLogisticsOrder;

/// <summary>
/// What a seller submits to create a logistics order. Optional parts fall back to the order: no
/// <c>recipient</c> ships to the order's address, no <c>lines</c> packs every remaining unit, no
/// <c>senderAddressId</c> uses the default sender, no <c>handover</c> is <c>Auto</c>.
/// </summary>
public sealed record CreateLogisticsOrderRequest
{
    public string? ChannelCode { get; set; }

    public GoodsType? GoodsType { get; set; }

    /// <summary>Must be true when <see cref="ChannelCode"/> is not the channel the buyer chose.</summary>
    public bool ConfirmChannelMismatch { get; set; }

    /// <summary>A recipient for this parcel only; the order keeps its own address.</summary>
    public Address? Recipient { get; set; }

    public long? SenderAddressId { get; set; }

    public ParcelRequest? Parcel { get; set; }

    /// <summary>Which order lines and how many units go in this parcel; null packs everything that remains.</summary>
    public List<ParcelLineRequest>? Lines { get; set; }

    /// <summary><c>Auto</c> (door pickup when a collection warehouse serves the sender, else self-send), <c>RequestPickup</c>, or <c>SelfSend</c>.</summary>
    public HandoverChoice? Handover { get; set; }

    /// <summary>The collection warehouse asked to collect, with <see cref="HandoverChoice.RequestPickup"/>.</summary>
    public string? PickupWarehouseCode { get; set; }

    public UndeliverableHandling? Undeliverable { get; set; }

    public bool AgreementAccepted { get; set; }

    /// <summary>
    /// The version of the Online Shipping User Agreement the seller read (optional; the current one when left out). A
    /// version other than <see cref="OnlineShippingAgreement.Version"/> is refused: the text changed since it was read.
    /// </summary>
    public string? AgreementVersion { get; set; }
}

/// <summary>The parcel as packed, and the CN22 customs header.</summary>
public sealed record ParcelRequest
{
    public int? WeightGrams { get; set; }

    public int? LengthCm { get; set; }

    public int? WidthCm { get; set; }

    public int? HeightCm { get; set; }

    /// <summary>Total value declared to customs; defaults to the sum of the lines' values.</summary>
    public decimal? DeclaredValue { get; set; }

    /// <summary>What is inside, in English, for customs (e.g. "Phone case"): at most 100 characters.</summary>
    public string? ContentsDescription { get; set; }

    public CustomsCategory? CustomsCategory { get; set; }

    /// <summary>
    /// Item titles as a contents description within <see cref="ParcelRequestValidator.MaxContentsDescriptionLength"/>:
    /// as many whole titles as fit (the wizard's default, and its preview when quantities change), or the
    /// first title's words when it alone is longer.
    /// </summary>
    public static string ContentsFrom(IEnumerable<string> titles)
    {
        const int max = ParcelRequestValidator.MaxContentsDescriptionLength;
        var text = string.Join(", ", titles.Select(t => t.Trim()).Where(t => t.Length > 0));
        if (text.Length <= max)
        {
            return text;
        }

        var head = text[..(max + 1)];
        var cut = head.LastIndexOf(", ", StringComparison.Ordinal);
        if (cut <= 0)
        {
            cut = head.LastIndexOf(' ');
        }

        return (cut > 0 ? text[..cut] : text[..max]).TrimEnd(',', ' ');
    }
}

/// <summary>Units of one order line in the parcel, with its CN22 line (defaults: the line's title, price × quantity, the channel's origin).</summary>
public sealed record ParcelLineRequest
{
    public string? Sku { get; set; }

    public int? Quantity { get; set; }

    /// <summary>English description for customs.</summary>
    public string? Description { get; set; }

    /// <summary>Declared value of these units together.</summary>
    public decimal? Value { get; set; }

    public string? HsCode { get; set; }

    public string? OriginCountry { get; set; }
}

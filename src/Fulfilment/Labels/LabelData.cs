namespace Fulfilment.Labels;

/// <summary>Everything a cargo label shows, independent of how it is rendered (PDF, ZPL).</summary>
public sealed record LabelData(
    string WaybillNumber,
    string OrderNumber,
    string ChannelName,
    string ChannelCode,
    string Carrier,
    Address Recipient,
    Address Sender,
    int WeightGrams,
    GoodsType GoodsType,
    UndeliverableHandling Undeliverable,
    CustomsCategory CustomsCategory,
    string ContentsDescription,
    decimal DeclaredValue,
    string Currency,
    IReadOnlyList<LabelLine> Lines,
    DateTimeOffset CreatedAt)
{
    /// <summary>From a logistics order loaded with its <c>Channel</c> and <c>Lines</c>.</summary>
    public static LabelData From(LogisticsOrder parcel)
    {
        var channel = parcel.Channel ?? throw new InvalidOperationException("Load the logistics order with its channel.");
        return new(
            parcel.WaybillNumber,
            parcel.OrderNumber,
            channel.Name,
            channel.Code,
            channel.Carrier,
            parcel.Recipient,
            parcel.Sender,
            parcel.WeightGrams,
            parcel.GoodsType,
            parcel.Undeliverable,
            parcel.CustomsCategory,
            parcel.ContentsDescription,
            parcel.DeclaredValue,
            Money.DefaultCurrency,
            [.. parcel.Lines.OrderBy(l => l.Id).Select(l => new LabelLine(l.Description, l.Quantity, l.WeightGrams, l.Value, l.HsCode, l.OriginCountry))],
            parcel.CreatedAt);
    }

    /// <summary>
    /// Every text of the label's own data that the layout may print (the layout's fixed captions are English), for
    /// choosing the fonts it is set in (<see cref="LabelFonts.For"/>).
    /// </summary>
    public IEnumerable<string> Texts()
    {
        IEnumerable<string?> texts =
        [
            WaybillNumber, OrderNumber, ChannelName, ChannelCode, Carrier, ContentsDescription, Currency,
            .. AddressTexts(Recipient), .. AddressTexts(Sender),
            .. Lines.SelectMany(l => new[] { l.Description, l.HsCode, l.OriginCountry }),
        ];
        return texts.OfType<string>();
    }

    private static IEnumerable<string?> AddressTexts(Address a) =>
        [a.Name, a.Phone, a.CountryCode, Countries.NameOf(a.CountryCode).ToUpperInvariant(), a.Province, a.City, a.PostalCode, a.Line1, a.Line2];
}

/// <summary>One line of the CN22 contents: description, quantity, net weight, value, tariff number, origin.</summary>
public sealed record LabelLine(string Description, int Quantity, int WeightGrams, decimal Value, string? HsCode, string OriginCountry);

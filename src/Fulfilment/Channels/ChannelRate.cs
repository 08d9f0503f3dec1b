namespace Fulfilment.Channels;

/// <summary>
/// One row of a channel's rate card: for a destination country (or <c>*</c> for every other country),
/// a registration fee per parcel plus a rate per kilogram over at least the minimum chargeable weight.
/// </summary>
public sealed class ChannelRate
{
    public const string AnyCountry = "*";

    public long Id { get; set; }
    public int ChannelId { get; set; }
    public string CountryCode { get; set; } = AnyCountry;
    public decimal RegistrationFee { get; set; }
    public decimal PerKg { get; set; }
    public int MinChargeableGrams { get; set; }
}

namespace Fulfilment.Common;

/// <summary>
/// Money in JSON always shows two decimals (api.md): <c>0.00</c>, <c>500.00</c>, whatever scale the value carries.
/// Every decimal the API exchanges is money. Reading keeps the value as sent, so validation sees a third decimal.
/// Money is read from JSON numbers only: a string (<c>"10"</c>, <c>"1,000"</c>, <c>"abc"</c>) or a number no decimal can
/// hold is a <see cref="UnreadableValueException"/>, which the API reports against the field it was sent in.
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new UnreadableValueException(Text.Get("Send the amount as a JSON number, e.g. 12.50."));
        }

        return reader.TryGetDecimal(out var value)
            ? value
            : throw new UnreadableValueException(Text.Get("This amount is out of range."));
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.ToString("0.00###########", CultureInfo.InvariantCulture), skipInputValidation: true);
}

/// <summary>
/// A JSON value a converter refuses, with the reason in the reader's words. The serializer adds where it was
/// (<see cref="JsonException.Path"/>), so the API names the field.
/// </summary>
public sealed class UnreadableValueException(string reason) : JsonException(reason)
{
    public string Reason { get; } = reason;
}

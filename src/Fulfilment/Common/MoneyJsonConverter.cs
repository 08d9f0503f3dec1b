using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Fulfilment.Common;

/// <summary>
/// Money in JSON always shows two decimals (api.md): <c>0.00</c>, <c>500.00</c>, whatever scale the value carries.
/// Every decimal the API exchanges is money. Reading keeps the value as sent, so validation sees a third decimal.
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && (options.NumberHandling & JsonNumberHandling.AllowReadingFromString) != 0
            ? decimal.Parse(reader.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture)
            : reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.ToString("0.00###########", CultureInfo.InvariantCulture), skipInputValidation: true);
}

namespace Fulfilment.Common;

/// <summary>
/// The API's JSON shape (camelCase, enums as strings), shared so stored answers replay exactly as first sent.
/// Enums are read by name only (<see cref="EnumNames"/>): a number (<c>7</c>, <c>"1"</c>) or a combination
/// (<c>"General,Battery"</c>) is not a value of any of them.
/// </summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new EnumNameConverter());
        options.Converters.Add(new MoneyJsonConverter());
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        return options;
    }
}

/// <summary>Enums as their names, read strictly: anything but one of the names is an <see cref="UnreadableValueException"/>.</summary>
public sealed class EnumNameConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && EnumNames.TryParse<T>(reader.GetString(), out var value)
                ? value
                : throw new UnreadableValueException(EnumNames.Choices(typeof(T)));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            EnumNames.TryParse<T>(reader.GetString(), out var value) ? value : throw new UnreadableValueException(EnumNames.Choices(typeof(T)));

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value.ToString());
    }
}

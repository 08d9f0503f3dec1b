namespace Fulfilment.Common;

/// <summary>
/// Enums as the API and the pages exchange them: by name only (case-insensitive), never by number, and only the
/// names the enum defines (<c>"7"</c>, <c>"1"</c> or <c>"General,Battery"</c> are not a value).
/// </summary>
public static class EnumNames
{
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        if (TryParse(typeof(T), text, out var parsed))
        {
            value = (T)parsed!;
            return true;
        }

        value = default;
        return false;
    }

    public static bool TryParse(Type enumType, string? text, out object? value)
    {
        value = null;
        var name = text?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var defined in Enum.GetNames(enumType))
        {
            if (string.Equals(defined, name, StringComparison.OrdinalIgnoreCase))
            {
                value = Enum.Parse(enumType, defined);
                return true;
            }
        }

        return false;
    }

    /// <summary>"Choose one of: AwaitingShipment, PartiallyShipped, Shipped."</summary>
    public static string Choices(Type enumType) => Text.Format("Choose one of: {0}.", string.Join(", ", Enum.GetNames(enumType)));
}

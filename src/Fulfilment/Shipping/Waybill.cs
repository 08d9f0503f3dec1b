namespace Fulfilment.Shipping;

/// <summary>
/// UPU S10 item identifiers: two letters (the channel's service indicator), eight serial digits, a check digit,
/// and the origin country, e.g. <c>LP473124829CN</c>.
/// </summary>
public static class Waybill
{
    public const int MaxSerial = 99_999_999;

    /// <summary>Every waybill number has this many characters.</summary>
    public const int Length = 13;

    /// <summary>The shape of a waybill number (the check digit is checked besides): what the API documents.</summary>
    public const string Pattern = "^[A-Za-z]{2}[0-9]{9}[A-Za-z]{2}$";
    private static readonly int[] Weights = [8, 6, 4, 2, 3, 5, 9, 7];

    public static string Create(string serviceIndicator, long serial, string originCountry)
    {
        if (serial is < 0 or > MaxSerial)
        {
            throw new ArgumentOutOfRangeException(nameof(serial), serial, "S10 serials have eight digits.");
        }

        var digits = serial.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        return $"{serviceIndicator}{digits}{CheckDigit(digits)}{originCountry}";
    }

    /// <summary>c = 11 − (Σ digit × weight mod 11), where 10 becomes 0 and 11 becomes 5.</summary>
    public static int CheckDigit(string eightDigits)
    {
        if (eightDigits.Length != 8 || !eightDigits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("Expected eight digits.", nameof(eightDigits));
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (eightDigits[i] - '0') * Weights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 0,
            11 => 5,
            var c => c,
        };
    }

    public static bool IsValid(string? number) =>
        number is { Length: Length }
        && char.IsAsciiLetterUpper(number[0]) && char.IsAsciiLetterUpper(number[1])
        && number.AsSpan(2, 9).ToString().All(char.IsAsciiDigit)
        && char.IsAsciiLetterUpper(number[11]) && char.IsAsciiLetterUpper(number[12])
        && CheckDigit(number.Substring(2, 8)) == number[10] - '0';

    /// <summary>What a scanner or a person typed, made comparable: trimmed, upper-case, inner blanks removed.</summary>
    public static string Normalize(string input) =>
        new([.. input.Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant)]);
}

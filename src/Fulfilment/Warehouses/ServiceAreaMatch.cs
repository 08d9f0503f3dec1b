namespace Fulfilment.Warehouses;

/// <summary>
/// Finds the collection warehouse whose service area holds a sender address. The most specific match wins:
/// the longest matching postal-code prefix, then a city match; ties go to the lowest warehouse code so the
/// answer never depends on row order.
/// </summary>
public static class ServiceAreaMatch
{
    public static Warehouse? Find(IEnumerable<Warehouse> warehouses, Address sender)
    {
        var postalCode = Normalize(sender.PostalCode);
        var city = Normalize(sender.City);
        Warehouse? best = null;
        var bestScore = 0;
        foreach (var warehouse in warehouses.Where(w => w.Active && w.Kind == WarehouseKind.Collection).OrderBy(w => w.Code, StringComparer.Ordinal))
        {
            var score = Score(warehouse, postalCode, city);
            if (score > bestScore)
            {
                best = warehouse;
                bestScore = score;
            }
        }

        return best;
    }

    // A postal-code prefix of n digits scores 100 + n, a city 100: any prefix is more specific than a city name,
    // and a longer prefix more specific than a shorter one.
    private static int Score(Warehouse warehouse, string postalCode, string city)
    {
        var score = 0;
        if (postalCode.Length > 0)
        {
            foreach (var prefix in warehouse.ServicePostalCodePrefixes)
            {
                var p = Normalize(prefix);
                if (p.Length > 0 && postalCode.StartsWith(p, StringComparison.Ordinal))
                {
                    score = Math.Max(score, 100 + p.Length);
                }
            }
        }

        if (score == 0 && city.Length > 0 && warehouse.ServiceCities.Any(c => CityEquals(Normalize(c), city)))
        {
            score = 100;
        }

        return score;
    }

    // "Hangzhou", "Hangzhou City", "杭州", "杭州市" are one city to a seller.
    private static bool CityEquals(string a, string b) => StripCitySuffix(a) == StripCitySuffix(b);

    private static string StripCitySuffix(string city)
    {
        if (city.EndsWith('市'))
        {
            return city[..^1];
        }

        return city.EndsWith(" city", StringComparison.Ordinal) ? city[..^5] : city;
    }

    private static string Normalize(string value) =>
        string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLowerInvariant();
}

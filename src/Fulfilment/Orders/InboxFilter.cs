namespace Fulfilment.Orders;

/// <summary>The columns the inbox sorts by (<c>sort=shipBy</c>, or <c>sort=-shipBy</c> for descending).</summary>
public enum InboxSortColumn
{
    OrderNumber,
    Placed,
    ShipBy,
    Buyer,
    Country,
}

/// <summary>A chosen sort: the column and its direction.</summary>
public sealed record InboxSort(InboxSortColumn Column, bool Descending)
{
    /// <summary>The parameter's value: the column's name in camel case, with a leading <c>-</c> for descending.</summary>
    public string Value => (Descending ? "-" : "") + Name(Column);

    public static string Name(InboxSortColumn column) => JsonNamingPolicyCamel(column.ToString());

    public static IReadOnlyList<string> Values { get; } =
        [.. Enum.GetValues<InboxSortColumn>().SelectMany(c => new[] { Name(c), "-" + Name(c) })];

    private static string JsonNamingPolicyCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>
/// The inbox's filters, for the page and <c>GET /api/orders</c> alike: ship-by and placed dates (days in the store's
/// time zone, both ends included), the destination country, and the sort. Unset means no filter (and the tab's own
/// order: most urgent ship-by first, shipped newest first).
/// </summary>
public sealed record InboxFilter(
    DateOnly? ShipByFrom = null,
    DateOnly? ShipByTo = null,
    DateOnly? PlacedFrom = null,
    DateOnly? PlacedTo = null,
    string? Country = null,
    InboxSort? Sort = null)
{
    public static readonly InboxFilter None = new();

    public bool Any => ShipByFrom is not null || ShipByTo is not null || PlacedFrom is not null || PlacedTo is not null || Country is not null;

    /// <summary>
    /// Reads the query's values: dates as <c>yyyy-MM-dd</c>, a two-letter country code, a sort of <see cref="InboxSort.Values"/>.
    /// Each unreadable value is a field error named after its parameter (400 <c>validation_failed</c>), as is a range whose
    /// end comes before its start.
    /// </summary>
    public static Result<InboxFilter> Parse(string? shipByFrom, string? shipByTo, string? placedFrom, string? placedTo, string? country, string? sort)
    {
        var errors = new Dictionary<string, string[]>();
        DateOnly? Date(string name, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            errors[name] = [Text.Get("Enter a date as YYYY-MM-DD, e.g. 2026-03-31.")];
            return null;
        }

        var filter = new InboxFilter(
            Date("shipByFrom", shipByFrom), Date("shipByTo", shipByTo), Date("placedFrom", placedFrom), Date("placedTo", placedTo));
        if (filter.ShipByFrom > filter.ShipByTo)
        {
            errors["shipByTo"] = [Text.Get("The end date cannot be before the start date.")];
        }

        if (filter.PlacedFrom > filter.PlacedTo)
        {
            errors["placedTo"] = [Text.Get("The end date cannot be before the start date.")];
        }

        string? code = null;
        if (!string.IsNullOrWhiteSpace(country))
        {
            code = country.Trim().ToUpperInvariant();
            if (!Countries.IsValid(code))
            {
                errors["country"] = [Text.Get("Enter a two-letter ISO country code, e.g. US or DE.")];
            }
        }

        InboxSort? chosen = null;
        if (!string.IsNullOrWhiteSpace(sort))
        {
            var value = sort.Trim();
            var descending = value.StartsWith('-');
            var name = descending ? value[1..] : value;
            var column = Enum.GetValues<InboxSortColumn>().Where(c => string.Equals(InboxSort.Name(c), name, StringComparison.OrdinalIgnoreCase)).Select(c => (InboxSortColumn?)c).FirstOrDefault();
            if (column is null)
            {
                errors["sort"] = [Text.Format("Sort by one of {0}; a leading - sorts descending.", string.Join(", ", Enum.GetValues<InboxSortColumn>().Select(InboxSort.Name)))];
            }
            else
            {
                chosen = new InboxSort(column.Value, descending);
            }
        }

        return errors.Count > 0 ? Problem.Validation(errors) : filter with { Country = code, Sort = chosen };
    }

    /// <summary>The query values of this filter (for links that keep it), unset ones left out.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ToQuery()
    {
        static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (ShipByFrom is { } a)
        {
            yield return new("shipByFrom", Day(a));
        }

        if (ShipByTo is { } b)
        {
            yield return new("shipByTo", Day(b));
        }

        if (PlacedFrom is { } c)
        {
            yield return new("placedFrom", Day(c));
        }

        if (PlacedTo is { } d)
        {
            yield return new("placedTo", Day(d));
        }

        if (Country is { } e)
        {
            yield return new("country", e);
        }

        if (Sort is { } f)
        {
            yield return new("sort", f.Value);
        }
    }
}

using CsvHelper;

namespace Fulfilment.Orders;

/// <summary>
/// The order import file: a header row, then one row per order line; rows with the same order number form one
/// order and repeat its order-level columns. Reading never throws: every problem becomes an error naming the line
/// (as a spreadsheet numbers it, the header being line 1) and the column.
/// </summary>
public static partial class OrderCsv
{
    public const int MaxRows = 5_000;

    /// <summary>The columns in the documented order; <see cref="Optional"/> ones may be left out of the header.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "orderNumber", "buyerName", "buyerChannelCode", "placedAt", "shipBy",
        "recipientName", "recipientPhone", "countryCode", "province", "city", "postalCode", "addressLine1", "addressLine2",
        "sku", "title", "quantity", "unitPrice", "weightGrams",
    ];

    public static readonly IReadOnlySet<string> Optional = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "buyerChannelCode", "province", "postalCode", "addressLine2" };

    // Order-level columns: every line of one order must repeat the same values.
    private static readonly string[] OrderColumns = [.. Columns.Take(13)];

    private static readonly Dictionary<string, string> RecipientColumns = new(StringComparer.Ordinal)
    {
        [nameof(Address.Name)] = "recipientName",
        [nameof(Address.Phone)] = "recipientPhone",
        [nameof(Address.CountryCode)] = "countryCode",
        [nameof(Address.Province)] = "province",
        [nameof(Address.City)] = "city",
        [nameof(Address.PostalCode)] = "postalCode",
        [nameof(Address.Line1)] = "addressLine1",
        [nameof(Address.Line2)] = "addressLine2",
    };

    /// <summary>
    /// The file's text: UTF-8 (with or without a byte order mark), else GB18030, the encoding Excel uses for "CSV"
    /// on Chinese Windows, so a seller's export reads without conversion.
    /// </summary>
    public static string Decode(byte[] file)
    {
        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(file);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(file);
        }
    }

    public static OrderCsvParse Parse(string content)
    {
        var errors = new List<CsvRowError>();
        var rows = new List<Row>();
        var options = new CsvReaderOptions
        {
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            IncludeValuesInExceptions = false,
            MaxRecordSize = 64 * 1024,
            OnMalformedRecord = bad => errors.Add(new CsvRowError(
                (int)bad.LineNumber,
                null,
                bad.Reason == CsvMalformedReason.UnterminatedQuote
                    ? Text.Get("A quoted value is never closed: every opening quotation mark needs a closing one.")
                    : Text.Get("A quotation mark is out of place on this line: put quotes around whole values only."))),
        };

        try
        {
            using var csv = CsvReader.FromText(content, options);
            csv.ReadHeader();
            var header = csv.Headers;
            if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace))
            {
                errors.Add(new CsvRowError(1, null, Text.Get("The file is empty: it needs the header row and at least one order line.")));
                return new OrderCsvParse([], errors, 0);
            }

            if (!CheckHeader(header, errors))
            {
                return new OrderCsvParse([], errors, 0);
            }

            var indexes = Columns.ToDictionary(c => c, c => csv.TryGetFieldIndex(c, out var i) ? i : -1, StringComparer.Ordinal);
            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                var values = indexes.ToDictionary(
                    c => c.Key,
                    c => c.Value >= 0 && c.Value < csv.FieldCount && csv.GetStringOrNull(c.Value) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null,
                    StringComparer.Ordinal);
                if (values.Values.All(v => v is null))
                {
                    continue;
                }

                if (rows.Count == MaxRows)
                {
                    errors.Add(new CsvRowError(line, null, Text.Format("A file holds at most {0} order lines: split it into several files.", MaxRows)));
                    break;
                }

                rows.Add(ReadRow(new Row(line, values), errors));
            }
        }
        catch (CsvFormatException ex)
        {
            errors.Add(new CsvRowError((int)ex.LineNumber, null, Text.Get("This line cannot be read as CSV: check its quotation marks and separators.")));
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new CsvRowError(2, null, Text.Get("The file has a header row but no order lines.")));
        }

        return new OrderCsvParse(Group(rows, errors), errors, rows.Count);
    }

    /// <summary>Where a validation failure of an imported order sits in the file: its line and column.</summary>
    public static (int Line, string? Column) Locate(CsvOrder order, string propertyPath)
    {
        var match = LinePath().Match(propertyPath);
        if (match.Success)
        {
            var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
            var line = index < order.LineNumbers.Count ? order.LineNumbers[index] : order.FirstLine;
            return (line, match.Groups["field"].Success ? Camel(match.Groups["field"].Value) : null);
        }

        if (propertyPath.StartsWith(nameof(CreateOrderRequest.Recipient), StringComparison.Ordinal))
        {
            var field = propertyPath.Split('.').Skip(1).FirstOrDefault();
            return (order.FirstLine, field is not null && RecipientColumns.TryGetValue(field, out var column) ? column : "recipientName");
        }

        return (order.FirstLine, propertyPath == nameof(CreateOrderRequest.Lines) ? null : Camel(propertyPath));
    }

    /// <summary>A file to start from: the documented header and two orders, one of them with two lines.</summary>
    public static string Sample(DateTimeOffset now)
    {
        var placed = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(-1).AddHours(9).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var shipBy = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', Columns));
        text.AppendLine(CultureInfo.InvariantCulture, $"SAMPLE-1001,Emily Johnson,CAINIAO_STANDARD,{placed},{shipBy},Emily Johnson,+1 415 555 0134,US,CA,San Francisco,94107,500 Brannan St,Apt 4B,PC-IP15-CLR,Clear phone case for iPhone 15,2,6.90,45");
        text.AppendLine(CultureInfo.InvariantCulture, $"SAMPLE-1001,Emily Johnson,CAINIAO_STANDARD,{placed},{shipBy},Emily Johnson,+1 415 555 0134,US,CA,San Francisco,94107,500 Brannan St,Apt 4B,CBL-USBC-1M,Braided USB-C cable 1 m,1,4.50,60");
        text.AppendLine(CultureInfo.InvariantCulture, $"SAMPLE-1002,Lena Schmidt,CAINIAO_ECONOMY,{placed},{shipBy},Lena Schmidt,+49 30 901820,DE,Berlin,Berlin,10117,Unter den Linden 77,,\"SCF-SILK-RED\",\"Silk scarf, red peony print\",1,12.00,80");
        return text.ToString();
    }

    private static bool CheckHeader(IReadOnlyList<string> header, List<CsvRowError> errors)
    {
        var names = header.Select(h => h.Trim()).ToList();
        foreach (var unknown in names.Where(n => !Columns.Contains(n, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add(new CsvRowError(1, unknown, Text.Format("Unknown column \"{0}\": use the column names of the sample file.", unknown)));
        }

        foreach (var repeated in names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add(new CsvRowError(1, repeated.Key, Text.Format("The column \"{0}\" appears more than once.", repeated.Key)));
        }

        foreach (var missing in Columns.Where(c => !Optional.Contains(c) && !names.Contains(c, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add(new CsvRowError(1, missing, Text.Format("The column \"{0}\" is missing from the header row.", missing)));
        }

        return errors.Count == 0;
    }

    private static Row ReadRow(Row row, List<CsvRowError> errors)
    {
        row.PlacedAt = Date(row, "placedAt", endOfDay: false, errors);
        row.ShipBy = Date(row, "shipBy", endOfDay: true, errors);
        row.Quantity = Whole(row, "quantity", errors);
        row.WeightGrams = Whole(row, "weightGrams", errors);
        row.UnitPrice = Amount(row, "unitPrice", errors);
        return row;
    }

    private static List<CsvOrder> Group(List<Row> rows, List<CsvRowError> errors)
    {
        var orders = new List<CsvOrder>();
        foreach (var row in rows.Where(r => r["orderNumber"] is null))
        {
            errors.Add(new CsvRowError(row.Line, "orderNumber", Text.Get("Required.")));
        }

        foreach (var group in rows.Where(r => r["orderNumber"] is not null).GroupBy(r => r["orderNumber"]!, StringComparer.Ordinal))
        {
            var lines = group.ToList();
            var first = lines[0];
            foreach (var other in lines.Skip(1))
            {
                foreach (var column in OrderColumns.Where(c => !string.Equals(first[c], other[c], StringComparison.Ordinal)))
                {
                    errors.Add(new CsvRowError(other.Line, column, Text.Format("Differs from line {0}: every line of one order repeats the same order details.", first.Line)));
                }
            }

            var request = new CreateOrderRequest
            {
                OrderNumber = group.Key,
                BuyerName = first["buyerName"],
                BuyerChannelCode = first["buyerChannelCode"],
                PlacedAt = first.PlacedAt,
                ShipBy = first.ShipBy,
                Recipient = new Address
                {
                    Name = first["recipientName"]!,
                    Phone = first["recipientPhone"]!,
                    CountryCode = first["countryCode"]!,
                    Province = first["province"] ?? "",
                    City = first["city"]!,
                    PostalCode = first["postalCode"] ?? "",
                    Line1 = first["addressLine1"]!,
                    Line2 = first["addressLine2"],
                },
                Lines = [.. lines.Select(l => new OrderLineRequest { Sku = l["sku"], Title = l["title"], Quantity = l.Quantity, UnitPrice = l.UnitPrice, WeightGrams = l.WeightGrams })],
            };
            orders.Add(new CsvOrder(first.Line, request, [.. lines.Select(l => l.Line)]));
        }

        return orders;
    }

    private static DateTimeOffset? Date(Row row, string column, bool endOfDay, List<CsvRowError> errors)
    {
        var text = row[column];
        if (text is null)
        {
            return null;
        }

        if (IsoDate().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            // A bare date means the whole day: a ship-by date runs to its last minute.
            return text.Length == 10 && endOfDay ? value.AddDays(1).AddMinutes(-1) : value;
        }

        errors.Add(new CsvRowError(row.Line, column, Text.Get("Write the date as 2026-11-20 or 2026-11-20T10:30:00Z (UTC unless an offset such as +08:00 is given).")));
        return null;
    }

    private static int? Whole(Row row, string column, List<CsvRowError> errors)
    {
        var text = row[column];
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new CsvRowError(row.Line, column, Text.Get("Enter a whole number without separators, e.g. 2.")));
        return null;
    }

    private static decimal? Amount(Row row, string column, List<CsvRowError> errors)
    {
        var text = row[column];
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new CsvRowError(row.Line, column, Text.Get("Enter an amount with a decimal point and no currency sign, e.g. 12.50.")));
        return null;
    }

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    [GeneratedRegex(@"^Lines\[(?<index>\d+)\](?:\.(?<field>\w+))?$")]
    private static partial Regex LinePath();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoDate();

    private sealed class Row(int line, Dictionary<string, string?> values)
    {
        public int Line => line;
        public DateTimeOffset? PlacedAt { get; set; }
        public DateTimeOffset? ShipBy { get; set; }
        public int? Quantity { get; set; }
        public int? WeightGrams { get; set; }
        public decimal? UnitPrice { get; set; }

        public string? this[string column] => values[column];
    }
}

/// <summary>One order read from the file: the request it becomes, and the file lines it came from (one per order line).</summary>
public sealed record CsvOrder(int FirstLine, CreateOrderRequest Request, IReadOnlyList<int> LineNumbers);

/// <summary>A problem with the file, at a line (the header is line 1) and, when known, a column.</summary>
public sealed record CsvRowError(int Line, string? Column, string Message);

public sealed record OrderCsvParse(IReadOnlyList<CsvOrder> Orders, IReadOnlyList<CsvRowError> Errors, int RowCount);

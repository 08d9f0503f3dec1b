namespace Fulfilment.Orders;

/// <summary>
/// Orders coming in from the marketplace: one at a time through the API, or many from a CSV file (preview first,
/// then import). An order number the store already has is a duplicate: refused by the API, skipped by the import,
/// and the database's unique index has the last word when two imports race.
/// </summary>
public sealed class OrderIntakeService(
    FulfilmentDbContext db,
    UnitOfWork unitOfWork,
    IValidator<CreateOrderRequest> validator,
    TimelineRecorder timeline,
    ICurrentActor actor,
    LocalClock clock)
{
    public const int MaxFileBytes = 2 * 1024 * 1024;

    public async Task<Result<OrderDetails>> Create(CreateOrderRequest request, CancellationToken ct)
    {
        if (await validator.Check(request, ct) is { } invalid)
        {
            return invalid;
        }

        var channels = await ChannelCodes(ct);
        if (UnknownChannel(request, channels) is { } unknown)
        {
            return Problem.Field(nameof(CreateOrderRequest.BuyerChannelCode), unknown);
        }

        var storeId = actor.RequireStore();
        var zone = await clock.Zone(ct);
        var result = await unitOfWork.Run<OrderDetails>(
            async token =>
            {
                var order = request.ToOrder(storeId, clock.UtcNow);
                if (await db.Orders.AnyAsync(o => o.OrderNumber == order.OrderNumber, token))
                {
                    return Problem.Duplicate(Text.Format("Order {0} is already in your store.", order.OrderNumber));
                }

                db.Orders.Add(order);
                await db.SaveChangesAsync(token);
                var imported = timeline.Record(storeId, TimelineEventKind.OrderImported, order.Id, data: new OrderImportedData(OrderImportedData.Api));
                return Details(order, order.BuyerChannelCode is { } code ? channels.GetValueOrDefault(code) : null, imported, zone);
            },
            ct);
        return result;
    }

    /// <summary>Reads a file and says what importing it would do: the orders, every error by line, and the duplicates.</summary>
    public async Task<CsvPreview> PreviewCsv(string fileName, byte[] file, CancellationToken ct)
    {
        var (parse, errors) = await Check(file, ct);
        var numbers = parse.Orders.Select(o => o.Request.OrderNumber!).ToList();
        var existing = await ExistingNumbers(numbers, ct);
        var orders = parse.Orders.Select(o => new CsvPreviewOrder(
            o.FirstLine,
            o.Request.OrderNumber!,
            o.Request.BuyerName,
            o.Request.Recipient?.CountryCode?.ToUpperInvariant(),
            o.Request.ShipBy,
            o.Request.BuyerChannelCode?.ToUpperInvariant(),
            o.Request.Lines?.Count ?? 0,
            o.Request.Lines?.Sum(l => l.Quantity ?? 0) ?? 0,
            existing.Contains(o.Request.OrderNumber!),
            errors.Any(e => o.LineNumbers.Contains(e.Line)))).ToList();
        return new CsvPreview(SafeName(fileName), parse.RowCount, orders, errors);
    }

    /// <summary>
    /// Imports every new order of a file in one transaction, or nothing when the file has any error. Orders already
    /// in the store are skipped and counted, never duplicated.
    /// </summary>
    public async Task<Result<CsvImportResult>> ImportCsv(string fileName, byte[] file, CancellationToken ct)
    {
        var (parse, errors) = await Check(file, ct);
        if (errors.Count > 0)
        {
            return Problem.Validation(errors.GroupBy(e => Text.Format("Line {0}", e.Line)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        }

        var name = SafeName(fileName);
        var storeId = actor.RequireStore();
        return await unitOfWork.Run<CsvImportResult>(
            async token =>
            {
                var existing = await ExistingNumbers([.. parse.Orders.Select(o => o.Request.OrderNumber!)], token);
                var now = clock.UtcNow;
                var fresh = parse.Orders.Where(o => !existing.Contains(o.Request.OrderNumber!)).Select(o => o.Request.ToOrder(storeId, now)).ToList();
                if (fresh.Count == 0)
                {
                    return Problem.Duplicate(Text.Get("Every order in this file is already in your store: there is nothing new to import."));
                }

                db.Orders.AddRange(fresh);
                await db.SaveChangesAsync(token);
                foreach (var order in fresh)
                {
                    timeline.Record(storeId, TimelineEventKind.OrderImported, order.Id, data: new OrderImportedData(OrderImportedData.Csv, name));
                }

                return new CsvImportResult(name, fresh.Count, fresh.Sum(o => o.Lines.Count), existing.Count);
            },
            ct);
    }

    /// <summary>The sample file offered for download.</summary>
    public string SampleCsv() => OrderCsv.Sample(clock.UtcNow);

    /// <summary>Parses the file and applies the same rules as the API to each order, reporting every problem by line and column.</summary>
    private async Task<(OrderCsvParse Parse, List<CsvRowError> Errors)> Check(byte[] file, CancellationToken ct)
    {
        if (file.Length > MaxFileBytes)
        {
            return (new OrderCsvParse([], [], 0), [new CsvRowError(0, null, Text.Format("The file is larger than {0} MB: split it into several files.", MaxFileBytes / 1024 / 1024))]);
        }

        var parse = OrderCsv.Parse(OrderCsv.Decode(file));
        var errors = new List<CsvRowError>(parse.Errors);
        var unreadable = errors.Select(e => (e.Line, e.Column)).ToHashSet();
        var channels = parse.Orders.Count == 0 ? new Dictionary<string, string>() : await ChannelCodes(ct);
        foreach (var order in parse.Orders)
        {
            var result = await validator.ValidateAsync(order.Request, ct);
            foreach (var failure in result.Errors)
            {
                var (line, column) = OrderCsv.Locate(order, failure.PropertyName);
                if (!unreadable.Contains((line, column)))
                {
                    errors.Add(new CsvRowError(line, column, failure.ErrorMessage));
                }
            }

            if (UnknownChannel(order.Request, channels) is { } unknown)
            {
                errors.Add(new CsvRowError(order.FirstLine, "buyerChannelCode", unknown));
            }
        }

        return (parse, [.. errors.Distinct().OrderBy(e => e.Line).ThenBy(e => e.Column is null ? -1 : OrderCsvColumnIndex(e.Column))]);
    }

    private static int OrderCsvColumnIndex(string column) =>
        OrderCsv.Columns.Select((c, i) => (c, i)).FirstOrDefault(x => string.Equals(x.c, column, StringComparison.OrdinalIgnoreCase)).i;

    /// <summary>Every channel's code and name (a handful of rows an admin configures).</summary>
    private async Task<Dictionary<string, string>> ChannelCodes(CancellationToken ct) =>
        await db.Channels.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, StringComparer.Ordinal, ct);

    private static string? UnknownChannel(CreateOrderRequest request, Dictionary<string, string> channels)
    {
        var code = request.BuyerChannelCode?.Trim().ToUpperInvariant();
        return string.IsNullOrEmpty(code) || channels.ContainsKey(code)
            ? null
            : Text.Format("There is no logistics channel {0}. Known channels: {1}.", code, string.Join(", ", channels.Keys.Order(StringComparer.Ordinal)));
    }

    private async Task<HashSet<string>> ExistingNumbers(List<string> numbers, CancellationToken ct) =>
        numbers.Count == 0 ? [] : [.. await db.Orders.Where(o => numbers.Contains(o.OrderNumber)).Select(o => o.OrderNumber).ToListAsync(ct)];

    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        return name.Length == 0 ? "orders.csv" : name.Length > 120 ? name[..120] : name;
    }

    private OrderDetails Details(Order order, string? channelName, TimelineEvent imported, LocalTime zone) => new(
        order.OrderNumber, order.BuyerName, order.Status, order.PlacedAt, order.ShipBy, order.BuyerChannelCode, channelName,
        order.Recipient.CountryCode, order.Recipient, Urgency.Of(order.Status, order.ShipBy, clock.UtcNow, zone),
        [.. order.Lines.Select(l => new OrderLineView(l.Sku, l.Title, l.Quantity, l.ShippedQuantity, l.RemainingQuantity, l.UnitPrice, l.WeightGrams))],
        [], null, null, [imported]);
}

public sealed record CsvPreviewOrder(
    int Line,
    string OrderNumber,
    string? BuyerName,
    string? CountryCode,
    DateTimeOffset? ShipBy,
    string? ChannelCode,
    int LineCount,
    int Quantity,
    bool Duplicate,
    bool HasErrors);

/// <summary>What importing a file would do. It can be imported when it has no error and at least one new order.</summary>
public sealed record CsvPreview(string FileName, int RowCount, IReadOnlyList<CsvPreviewOrder> Orders, IReadOnlyList<CsvRowError> Errors)
{
    public int NewOrders => Orders.Count(o => !o.Duplicate);

    public int Duplicates => Orders.Count(o => o.Duplicate);

    public bool CanImport => Errors.Count == 0 && NewOrders > 0;
}

public sealed record CsvImportResult(string FileName, int Imported, int Lines, int SkippedDuplicates);

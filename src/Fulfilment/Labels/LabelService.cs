namespace Fulfilment.Labels;

/// <summary>
/// Prints cargo labels: one logistics order's or a batch of the store's (one file, a label each, in the order asked),
/// as PDF or ZPL. Every print is recorded with the file in one unit of work: the print count, the last print time,
/// and a <see cref="TimelineEventKind.LabelPrinted"/> event. A batch naming any parcel the store does not have fails
/// whole, and prints nothing.
/// </summary>
public sealed class LabelService(
    FulfilmentDbContext db,
    UnitOfWork unitOfWork,
    TimelineRecorder timeline,
    LabelRenderers renderers,
    IValidator<LabelBatchRequest> validator,
    IClock clock)
{
    /// <summary>One label; <paramref name="format"/> is <c>pdf</c> (also when absent) or <c>zpl</c>.</summary>
    public async Task<Result<LabelFile>> Print(long id, string? format, CancellationToken ct)
    {
        var parsed = ParseFormat(format);
        return parsed.IsSuccess ? await Print([id], parsed.Value, ct) : parsed.Problem;
    }

    /// <summary>
    /// One label as an SVG picture to look at (<see cref="SvgLabelPreview"/>): drawn from the same layout as the PDF,
    /// and not a print: nothing is recorded. Another store's parcel is not found; a cancelled one is refused like a print.
    /// </summary>
    public async Task<Result<string>> Preview(long id, CancellationToken ct)
    {
        var parcel = await db.LogisticsOrders.AsNoTracking()
            .Include(l => l.Channel)
            .Include(l => l.Lines)
            .AsSingleQuery()
            .SingleOrDefaultAsync(l => l.Id == id, ct);
        if (parcel is null)
        {
            return Problem.NotFound(Text.Format("Logistics order {0} was not found.", id));
        }

        if (parcel.Status == LogisticsOrderStatus.Cancelled)
        {
            return Problem.InvalidState(Text.Format("Logistics order {0} is cancelled: its label can no longer be printed.", parcel.WaybillNumber));
        }

        return SvgLabelPreview.Render(LabelData.From(parcel));
    }

    public async Task<Result<LabelFile>> PrintBatch(LabelBatchRequest request, CancellationToken ct)
    {
        if (await validator.Check(request, ct) is { } invalid)
        {
            return invalid;
        }

        return await Print(request.LogisticsOrderIds!, ParseFormat(request.Format).Value, ct);
    }

    public static Result<LabelFormat> ParseFormat(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "pdf" => LabelFormat.Pdf,
        "zpl" => LabelFormat.Zpl,
        _ => Problem.Field("format", Text.Get("Choose pdf or zpl.")),
    };

    private Task<Result<LabelFile>> Print(IReadOnlyList<long> ids, LabelFormat format, CancellationToken ct) =>
        unitOfWork.Run<LabelFile>(
            async token =>
            {
                // The tenancy filter hides other stores' parcels, so they are simply not found. One query loads what
                // the labels show (the parcels with their channel and customs lines, joined) and what a print updates.
                var found = await db.LogisticsOrders
                    .Include(l => l.Channel)
                    .Include(l => l.Lines)
                    .AsSingleQuery()
                    .Where(l => ids.Contains(l.Id))
                    .ToDictionaryAsync(l => l.Id, token);
                if (ids.Where(id => !found.ContainsKey(id)).Select(id => (long?)id).FirstOrDefault() is { } missing)
                {
                    return Problem.NotFound(Text.Format("Logistics order {0} was not found.", missing));
                }

                var parcels = ids.Select(id => found[id]).ToList();
                if (parcels.FirstOrDefault(p => p.Status == LogisticsOrderStatus.Cancelled) is { } cancelled)
                {
                    return Problem.InvalidState(Text.Format("Logistics order {0} is cancelled: its label can no longer be printed.", cancelled.WaybillNumber));
                }

                var renderer = renderers.For(format);
                IReadOnlyList<LabelData> labels = [.. parcels.Select(LabelData.From)];
                var now = clock.UtcNow;
                var formatName = format.ToString().ToLowerInvariant();
                foreach (var parcel in parcels)
                {
                    parcel.RecordLabelPrinted(now);
                    timeline.Record(parcel.StoreId, TimelineEventKind.LabelPrinted, parcel.OrderId, parcel.Id, new LabelPrintedData(parcel.WaybillNumber, parcel.LabelPrintCount, formatName));
                }

                var name = parcels.Count == 1
                    ? $"{parcels[0].WaybillNumber}.{renderer.FileExtension}"
                    : $"labels-{now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{parcels.Count}.{renderer.FileExtension}";
                // Rendering happens when the file is written to the answer, after this unit of work has committed.
                return new LabelFile(renderer, labels, name);
            },
            ct);
}

namespace Fulfilment.Labels;

/// <summary>
/// Labels of several logistics orders in one file, a label per id in the given order: a PDF (a page each) or, with
/// <c>format</c> <c>zpl</c>, one ZPL document (a <c>^XA…^XZ</c> format each).
/// </summary>
public sealed record LabelBatchRequest(IReadOnlyList<long>? LogisticsOrderIds, string? Format = null)
{
    public const int MaxLabels = 500;
}

public sealed class LabelBatchRequestValidator : AbstractValidator<LabelBatchRequest>
{
    public LabelBatchRequestValidator()
    {
        RuleFor(r => r.LogisticsOrderIds)
            .Satisfies(ids => ids is { Count: > 0 }, RuleFacts.Items(min: 1) with { Required = true }).WithMessage(_ => Text.Get("Select at least one logistics order."))
            .Satisfies(ids => ids is null || ids.Count <= LabelBatchRequest.MaxLabels, RuleFacts.Items(max: LabelBatchRequest.MaxLabels)).WithMessage(_ => Text.Format("At most {0} labels can be printed at once.", LabelBatchRequest.MaxLabels))
            .Satisfies(ids => ids is null || ids.Distinct().Count() == ids.Count, RuleFacts.Items(unique: true)).WithMessage(_ => Text.Get("Each logistics order can appear only once."));
        RuleFor(r => r.Format)
            .Satisfies(format => LabelService.ParseFormat(format).IsSuccess, new RuleFacts { Values = ["pdf", "zpl"], ValuesName = "LabelFormat" }).WithMessage(_ => Text.Get("Choose pdf or zpl."));
    }
}

/// <summary>
/// A printed label file, ready to send: the prints are recorded, and the file is produced while it is written to the
/// answer (<see cref="WriteAsync"/>), so a 500-label PDF starts reaching the client before it is complete.
/// </summary>
public sealed class LabelFile(ILabelRenderer renderer, IReadOnlyList<LabelData> labels, string fileName)
{
    public string ContentType => renderer.ContentType;

    public string FileName => fileName;

    public LabelFormat Format => renderer.Format;

    public int Labels => labels.Count;

    /// <summary>Renders the labels and writes the file to <paramref name="output"/> as it is produced.</summary>
    public Task WriteAsync(Stream output, CancellationToken ct) => renderer.WriteAsync(labels, output, ct);

    /// <summary>The whole file at once (for a single label, or a test).</summary>
    public byte[] ToArray() => renderer.Render(labels);
}

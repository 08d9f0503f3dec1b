namespace Fulfilment.Labels;

/// <summary>The file formats a label can be printed in.</summary>
public enum LabelFormat
{
    /// <summary>A PDF, one 100 × 150 mm label a page.</summary>
    Pdf,

    /// <summary>ZPL II for Zebra-compatible thermal printers (203 dpi), one <c>^XA…^XZ</c> format a label.</summary>
    Zpl,
}

/// <summary>
/// Turns laid-out labels into a printable file. The rest of the app knows only this interface, so a renderer (or a
/// commercially licensed PDF library) can be swapped without touching the services or pages.
/// </summary>
public interface ILabelRenderer
{
    LabelFormat Format { get; }

    string ContentType { get; }

    string FileExtension { get; }

    /// <summary>One file holding every label in the given order.</summary>
    byte[] Render(IReadOnlyList<LabelData> labels);

    /// <summary>The same file, written to <paramref name="output"/> as it is produced (for a response body).</summary>
    Task WriteAsync(IReadOnlyList<LabelData> labels, Stream output, CancellationToken ct);
}

/// <summary>The renderer for each format; the one place that decides which implementation prints labels.</summary>
[ScopedService]
public sealed class LabelRenderers
{
    private static readonly ILabelRenderer Pdf = new PdfLabelRenderer();
    private static readonly ILabelRenderer Zpl = new ZplLabelRenderer();

    public ILabelRenderer For(LabelFormat format) => format == LabelFormat.Zpl ? Zpl : Pdf;
}

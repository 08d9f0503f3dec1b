using System.IO.Compression;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Fulfilment.Labels;

/// <summary>
/// Labels as a PDF with PDFsharp 6.2.4 (MIT): one 288 × 432 pt page a label, the fonts its labels
/// are set in embedded as subsets (only DejaVu Sans when no label has CJK text), the barcode as filled rectangles on
/// whole 203 dpi dots.
/// </summary>
public sealed class PdfLabelRenderer : ILabelRenderer
{
    private static readonly Lock Setup = new();
    private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.Unicode);
    private static bool _ready;

    public LabelFormat Format => LabelFormat.Pdf;

    public string ContentType => "application/pdf";

    public string FileExtension => "pdf";

    public byte[] Render(IReadOnlyList<LabelData> labels) => PdfStreamCompression.Compress(RenderUncompressed(labels), Level(labels));

    public async Task WriteAsync(IReadOnlyList<LabelData> labels, Stream output, CancellationToken ct) =>
        await PdfStreamCompression.CompressAsync(RenderUncompressed(labels), output, Level(labels), ct);

    // The CJK font's subset keeps that font's full glyph tables (about 250 KB before compression) in every document that
    // uses it. For a few labels compressing that dominates, and the fastest deflate level takes a third of the time; in
    // a batch it is paid once, and the default level keeps the many page streams smaller.
    private static CompressionLevel Level(IReadOnlyList<LabelData> labels) => labels.Count <= 10 ? CompressionLevel.Fastest : CompressionLevel.Optimal;

    /// <summary>
    /// The PDF as PDFsharp writes it with no compression at all: its own deflate streams are unterminated (see
    /// <see cref="PdfStreamCompression"/>, which compresses them properly).
    /// </summary>
    private static ReadOnlyMemory<byte> RenderUncompressed(IReadOnlyList<LabelData> labels)
    {
        EnsureSetUp();
        using var document = new PdfDocument();
        document.Info.Title = labels.Count == 1 ? $"Label {labels[0].WaybillNumber}" : $"{labels.Count} labels";
        document.Info.Creator = "Fulfilment";
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;

        // XFonts are made per document (never shared between requests rendering at the same time) and reused by its pages.
        var fonts = new Dictionary<(string Family, double Size, bool Bold), XFont>();
        foreach (var label in labels)
        {
            Draw(document, LabelLayout.Compose(label), fonts);
        }

        // Uncompressed, one label with CJK text is about 430 KB (the font's glyph tables), and each page about 10 KB more.
        var stream = new MemoryStream((512 * 1024) + (labels.Count * 12 * 1024));
        document.Save(stream, closeStream: false);
        return stream.GetBuffer().AsMemory(0, (int)stream.Length);
    }

    private static void Draw(PdfDocument document, LabelPage label, Dictionary<(string Family, double Size, bool Bold), XFont> fonts)
    {
        var page = document.AddPage();
        page.Width = XUnitPt.FromPoint(LabelPage.Width);
        page.Height = XUnitPt.FromPoint(LabelPage.Height);
        using var gfx = XGraphics.FromPdfPage(page);
        foreach (var rect in label.Rects)
        {
            if (rect.Filled)
            {
                gfx.DrawRectangle(XBrushes.Black, rect.X, rect.Y, rect.Width, rect.Height);
            }
            else
            {
                gfx.DrawRectangle(new XPen(XColors.Black, rect.Stroke), rect.X, rect.Y, rect.Width, rect.Height);
            }
        }

        var barcode = label.Barcode;
        var bars = new XRect[barcode.Bars.Count];
        for (var i = 0; i < bars.Length; i++)
        {
            var (start, width) = barcode.Bars[i];
            bars[i] = new XRect(barcode.X + (start * barcode.ModuleWidth), barcode.Y, width * barcode.ModuleWidth, barcode.Height);
        }

        gfx.DrawRectangles(XBrushes.Black, bars);
        foreach (var text in label.Texts)
        {
            var brush = text.White ? XBrushes.White : XBrushes.Black;
            var x = text.X;
            foreach (var (face, run) in label.Fonts.Runs(text.Text))
            {
                gfx.DrawString(run, Font(fonts, face.Family, text.Size, text.Bold), brush, x, text.Baseline);
                x += label.Fonts.Width(run, text.Size);
            }
        }
    }

    private static XFont Font(Dictionary<(string Family, double Size, bool Bold), XFont> fonts, string family, double size, bool bold)
    {
        if (!fonts.TryGetValue((family, size, bold), out var font))
        {
            font = new XFont(family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, FontOptions);
            fonts[(family, size, bold)] = font;
        }

        return font;
    }

    // PDFsharp's font resolver is process-wide and may be set only once.
    private static void EnsureSetUp()
    {
        lock (Setup)
        {
            if (_ready)
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is not LabelFontResolver)
            {
                GlobalFontSettings.FontResolver = LabelFontResolver.Instance;
            }

            _ready = true;
        }
    }

    /// <summary>Serves the shipped label fonts to PDFsharp; bold is simulated (the fonts have one weight).</summary>
    private sealed class LabelFontResolver : IFontResolver
    {
        public static readonly LabelFontResolver Instance = new();

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
        {
            var face = LabelFonts.Faces.FirstOrDefault(f => string.Equals(f.Family, familyName, StringComparison.OrdinalIgnoreCase)) ?? LabelFonts.Primary;
            return new FontResolverInfo(face.Family, bold, italic);
        }

        public byte[]? GetFont(string faceName) =>
            (LabelFonts.Faces.FirstOrDefault(f => f.Family == faceName) ?? LabelFonts.Primary).Bytes;
    }
}

namespace Fulfilment.Labels;

/// <summary>
/// Labels as ZPL II for 203 dpi thermal printers (812 × 1218 dots), from the same layout as the PDF: boxes as
/// <c>^GB</c>, text as <c>^A0</c> fields (UTF-8 through <c>^CI28</c>), white-on-black marks with <c>^FR</c>, and the
/// waybill as a <c>^BC</c> Code 128 barcode in automatic mode with the PDF's module width. Text in Chinese, Japanese
/// or Korean uses the printer's Asian font <c>E:ANMDS.TTF</c> (assigned to font Z), which Zebra printers sold for those
/// markets carry; printers without it print that text in their default font.
/// </summary>
public sealed class ZplLabelRenderer : ILabelRenderer
{
    private const double DotsPerPoint = LabelBarcode.PrinterDpi / 72.0;

    public LabelFormat Format => LabelFormat.Zpl;

    public string ContentType => "text/plain; charset=utf-8";

    public string FileExtension => "zpl";

    public byte[] Render(IReadOnlyList<LabelData> labels)
    {
        var zpl = new StringBuilder(labels.Count * 4096);
        foreach (var label in labels)
        {
            Write(zpl, label, LabelLayout.Compose(label));
        }

        return Encoding.UTF8.GetBytes(zpl.ToString());
    }

    public async Task WriteAsync(IReadOnlyList<LabelData> labels, Stream output, CancellationToken ct) =>
        await output.WriteAsync(Render(labels), ct);

    public static string ToZpl(LabelData label)
    {
        var zpl = new StringBuilder(4096);
        Write(zpl, label, LabelLayout.Compose(label));
        return zpl.ToString();
    }

    private static void Write(StringBuilder zpl, LabelData label, LabelPage page)
    {
        zpl.Append("^XA\n^CI28\n^PW").Append(Dots(LabelPage.Width)).Append("\n^LL").Append(Dots(LabelPage.Height)).Append("\n^LH0,0\n^CWZ,E:ANMDS.TTF\n");
        zpl.Append("^FX Waybill ").Append(label.WaybillNumber).Append(" order ").Append(Escape(label.OrderNumber)).Append('\n');
        foreach (var rect in page.Rects)
        {
            var width = Math.Max(1, Dots(rect.Width));
            var height = Math.Max(1, Dots(rect.Height));
            var thickness = rect.Filled ? Math.Min(width, height) : Math.Max(1, Dots(rect.Stroke));
            zpl.Append(Invariant($"^FO{Dots(rect.X)},{Dots(rect.Y)}^GB{width},{height},{thickness}^FS\n"));
        }

        var barcode = page.Barcode;
        zpl.Append(Invariant($"^FO{Dots(barcode.X)},{Dots(barcode.Y)}^BY{barcode.DotsPerModule},3,{Dots(barcode.Height)}^BCN,{Dots(barcode.Height)},N,N,N,A^FD{barcode.Data}^FS\n"));
        foreach (var text in page.Texts)
        {
            var height = Math.Max(10, Dots(text.Size));
            var font = NeedsAsianFont(text.Text) ? "Z" : "0";
            zpl.Append(Invariant($"^FO{Dots(text.X)},{Dots(text.Top)}^A{font}N,{height},{height}"));
            if (text.White)
            {
                zpl.Append("^FR");
            }

            zpl.Append("^FH\\^FD").Append(Escape(text.Text)).Append("^FS\n");
        }

        zpl.Append("^PQ1\n^XZ\n");
    }

    private static int Dots(double points) => (int)Math.Round(points * DotsPerPoint, MidpointRounding.AwayFromZero);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // With ^FH\ the characters that would end or start a command are written as hexadecimal bytes.
    private static string Escape(string text) =>
        text.Replace("\\", "\\5C", StringComparison.Ordinal).Replace("^", "\\5E", StringComparison.Ordinal).Replace("~", "\\7E", StringComparison.Ordinal);

    private static bool NeedsAsianFont(string text) =>
        text.Any(c => c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\u1100' and <= '\u11FF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF')
            or (>= '\uD840' and <= '\uD8BF')); // high surrogates of U+20000..U+3FFFF: CJK Extensions B to H
}

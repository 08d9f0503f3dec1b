namespace Fulfilment.Labels;

/// <summary>
/// Lays out a cargo label the way carriers print them: channel and destination on top, the waybill barcode, the
/// recipient in the largest type, the sender, order/weight/handling marks, and a CN22 customs block. Long names and
/// addresses wrap and shrink within their section; nothing is cut off at the lengths the app accepts. The CN22 block
/// adds up (<see cref="CustomsLines"/>) and its contents description is never smaller than <see cref="MinLegible"/>.
/// Labels are in English (the carrier's language); recipient and sender are printed as written, in the fonts
/// <see cref="LabelFonts.For"/> chooses for the label.
/// </summary>
public static class LabelLayout
{
    /// <summary>The smallest type the customs contents description is printed in: legible from a 203 dpi head.</summary>
    public const double MinLegible = 6;

    private const double Left = 3;
    private const double Right = LabelPage.Width - 3;
    private const double Top = 3;
    private const double Bottom = LabelPage.Height - 3;
    private const double Pad = 6;
    private const double HeaderBottom = 61;
    private const double BarcodeBottom = 147;
    private const double ShipToBottom = 275;
    private const double FromTextTop = 14;
    private const double ShipToTextTop = 15;
    private const double RecipientMax = 14;
    private const double RecipientMin = 3.5;
    private const double SenderMax = 8;
    private const double SenderMin = 3.5;
    private const double FromBottom = 321;
    private const double InfoBottom = 351;
    private const double CountryLeft = 205;
    private const double KgRight = 248;
    private static readonly double[] InfoColumns = [Left, 105, 165, 225, Right];
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static LabelPage Compose(LabelData label) => Compose(label, LabelFonts.For(label));

    public static LabelPage Compose(LabelData label, LabelFontSet fonts)
    {
        var page = new Builder(fonts);
        page.Rect(Left, Top, Right - Left, Bottom - Top, filled: false, stroke: 1.4);
        // The sender gets the room it needs (usually its standard band) and the recipient the rest.
        var fromTop = FromTop(label, fonts);
        foreach (var y in new[] { HeaderBottom, BarcodeBottom, fromTop, FromBottom, InfoBottom })
        {
            page.Rect(Left, y - 0.6, Right - Left, 1.2);
        }

        Header(page, label);
        var barcode = Barcode(page, label.WaybillNumber);
        ShipTo(page, label, fromTop);
        From(page, label, fromTop);
        Info(page, label);
        Customs(page, label);
        return new LabelPage(page.Texts, page.Rects, barcode, page.Sections, page.Truncated, fonts);
    }

    private static void Header(Builder page, LabelData label)
    {
        page.Section("channel", Left, Top, CountryLeft - Left, HeaderBottom - Top);
        page.Block("channel", [new Paragraph(label.ChannelName, Bold: true)], Left + Pad, Top + 4, CountryLeft - Left - (2 * Pad), 28, 11, 6);
        page.Block("channel", [new Paragraph($"{label.Carrier} · {label.ChannelCode}")], Left + Pad, 34, CountryLeft - Left - (2 * Pad), 9, 6.5, 4);
        page.Block("channel", [new Paragraph($"Created {label.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd", Invariant)}   From {label.Sender.CountryCode} to {label.Recipient.CountryCode}")], Left + Pad, 46, CountryLeft - Left - (2 * Pad), 9, 6.5, 4);

        // The destination in large white type on black: what a sorter reads first.
        page.Section("country", CountryLeft, Top, Right - CountryLeft, HeaderBottom - Top);
        page.Rect(CountryLeft, Top, Right - CountryLeft, HeaderBottom - Top);
        page.Centered("country", label.Recipient.CountryCode, CountryLeft, Right, 35, 30, bold: true, white: true);
        var name = Countries.NameOf(label.Recipient.CountryCode).ToUpperInvariant();
        page.Block("country", [new Paragraph(name, Bold: true)], CountryLeft + 4, 43, Right - CountryLeft - 8, 15, 6.5, 4, centered: true, white: true);
    }

    private static LabelBarcode Barcode(Builder page, string waybill)
    {
        page.Section("barcode", Left, HeaderBottom, Right - Left, BarcodeBottom - HeaderBottom);
        var values = Code128.Encode(waybill);
        var (bars, modules) = Code128.Bars(values);

        // Whole printer dots per module (203 dpi thermal heads), as wide as fits with the quiet zones inside the frame.
        var available = (Right - Left - 2) / LabelBarcode.Dot;
        var dots = 4;
        while (dots > 1 && (modules + (2 * Code128.QuietZoneModules)) * dots > available)
        {
            dots--;
        }

        var pageDots = (int)Math.Round(LabelPage.Width / LabelBarcode.Dot);
        var startDot = (pageDots - (modules * dots)) / 2;
        var barcode = new LabelBarcode(waybill, values, bars, modules, dots, startDot * LabelBarcode.Dot, HeaderBottom + 8, 56);
        page.Centered("barcode", waybill, Left, Right, BarcodeBottom - 9, 13, bold: true);
        return barcode;
    }

    private static void ShipTo(Builder page, LabelData label, double bottom)
    {
        page.Section("ship-to", Left, BarcodeBottom, Right - Left, bottom - BarcodeBottom);
        page.Tab("ship-to", "SHIP TO", BarcodeBottom);
        page.Block("ship-to", Recipient(label), Left + Pad, BarcodeBottom + ShipToTextTop, Right - Left - (2 * Pad), RecipientHeight(bottom), RecipientMax, RecipientMin);
    }

    private static void From(Builder page, LabelData label, double top)
    {
        page.Section("from", Left, top, Right - Left, FromBottom - top);
        page.Tab("from", "FROM", top);
        page.Block("from", Sender(label), Left + Pad, top + FromTextTop, Right - Left - (2 * Pad), SenderHeight(top), SenderMax, SenderMin);
    }

    private static Paragraph[] Recipient(LabelData label)
    {
        var r = label.Recipient;
        return
        [
            new Paragraph(r.Name, 1.3, Bold: true),
            new Paragraph($"Tel {r.Phone}", 0.85),
            new Paragraph(r.Line1),
            new Paragraph(r.Line2 ?? ""),
            new Paragraph(Join(r.City, r.Province, r.PostalCode)),
            new Paragraph($"{Countries.NameOf(r.CountryCode).ToUpperInvariant()} ({r.CountryCode})", Bold: true),
        ];
    }

    private static Paragraph[] Sender(LabelData label)
    {
        var s = label.Sender;
        return
        [
            new Paragraph($"{s.Name}  Tel {s.Phone}", Bold: true),
            new Paragraph(Join(s.Line1, s.Line2, s.City, s.Province, s.PostalCode, Countries.NameOf(s.CountryCode).ToUpperInvariant())),
        ];
    }

    private static double RecipientHeight(double fromTop) => fromTop - BarcodeBottom - ShipToTextTop - 3;

    private static double SenderHeight(double fromTop) => FromBottom - fromTop - FromTextTop - 2;

    /// <summary>
    /// Where the recipient's band ends and the sender's begins: the standard place when both fit there; for very long
    /// addresses, the place that lets both fit with the largest smaller type.
    /// </summary>
    private static double FromTop(LabelData label, LabelFontSet fonts)
    {
        var (recipient, sender) = (Recipient(label), Sender(label));
        const double width = Right - Left - (2 * Pad);
        (FittedBlock R, FittedBlock S) Fit(double top) =>
            (TextFit.Fit(recipient, width, RecipientHeight(top), RecipientMax, RecipientMin, fonts), TextFit.Fit(sender, width, SenderHeight(top), SenderMax, SenderMin, fonts));
        var standard = Fit(ShipToBottom);
        if (!standard.R.Truncated && !standard.S.Truncated)
        {
            return ShipToBottom;
        }

        var best = (Top: ShipToBottom, Score: -1.0);
        for (var top = FromBottom - 30; top >= BarcodeBottom + 50; top -= 3)
        {
            var (r, s) = Fit(top);
            if (!r.Truncated && !s.Truncated && Math.Min(r.Size, s.Size * 1.25) > best.Score)
            {
                best = (top, Math.Min(r.Size, s.Size * 1.25));
            }
        }

        return best.Top;
    }

    private static void Info(Builder page, LabelData label)
    {
        var c = InfoColumns;
        for (var i = 1; i < c.Length - 1; i++)
        {
            page.Rect(c[i] - 0.4, FromBottom, 0.8, InfoBottom - FromBottom);
        }

        Cell(page, "order", c[0], c[1], "ORDER NO.", label.OrderNumber);
        Cell(page, "weight", c[1], c[2], "WEIGHT", string.Create(Invariant, $"{label.WeightGrams / 1000m:0.000} kg"));
        if (label.GoodsType == GoodsType.General)
        {
            Cell(page, "goods", c[2], c[3], "GOODS", "General");
        }
        else
        {
            Mark(page, "goods", c[2], c[3], label.GoodsType.ToString().ToUpperInvariant());
        }

        Mark(page, "undeliverable", c[3], c[4], label.Undeliverable == UndeliverableHandling.Return ? "RETURN" : "DESTROY");
    }

    private static void Cell(Builder page, string section, double x0, double x1, string caption, string value)
    {
        page.Section(section, x0, FromBottom, x1 - x0, InfoBottom - FromBottom);
        page.Block(section, [new Paragraph(caption)], x0 + 4, FromBottom + 2, x1 - x0 - 8, 8, 5.5, 5);
        page.Block(section, [new Paragraph(value, Bold: true)], x0 + 4, FromBottom + 10, x1 - x0 - 8, 18, 10, 5);
    }

    // A handling mark printed white on black so it cannot be missed.
    private static void Mark(Builder page, string section, double x0, double x1, string text)
    {
        page.Section(section, x0, FromBottom, x1 - x0, InfoBottom - FromBottom);
        page.Rect(x0 + 3, FromBottom + 3, x1 - x0 - 6, InfoBottom - FromBottom - 6);
        page.Block(section, [new Paragraph(text, Bold: true)], x0 + 6, FromBottom + 5, x1 - x0 - 12, InfoBottom - FromBottom - 10, 11, 5, centered: true, white: true, middle: true);
    }

    private static void Customs(Builder page, LabelData label)
    {
        const string section = "customs";
        const double x0 = Left + Pad;
        const double x1 = Right - Pad;
        page.Section(section, Left, InfoBottom, Right - Left, Bottom - InfoBottom);
        const string title = "CUSTOMS DECLARATION";
        page.Line(section, title, x0, InfoBottom + 9, 7, bold: true);
        page.Line(section, "May be opened officially", Math.Max(100, x0 + page.Fonts.Width(title, 7) + 4), InfoBottom + 9, 5);
        page.RightAligned(section, "CN 22", x1, InfoBottom + 9.5, 9, bold: true);

        // The category boxes, the parcel's own one ticked.
        (CustomsCategory Category, string Name)[] categories =
        [
            (CustomsCategory.Gift, "Gift"), (CustomsCategory.Documents, "Documents"), (CustomsCategory.Other, "Other"),
            (CustomsCategory.CommercialSample, "Commercial sample"), (CustomsCategory.ReturnedGoods, "Returned goods"), (CustomsCategory.SaleOfGoods, "Sale of goods"),
        ];
        for (var i = 0; i < categories.Length; i++)
        {
            var x = x0 + (i % 3 * 92);
            var y = InfoBottom + 13 + (i / 3 * 7);
            var ticked = categories[i].Category == label.CustomsCategory;
            page.Rect(x, y, 5, 5, filled: ticked, stroke: 0.5);
            page.Line(section, categories[i].Name, x + 7, y + 4.6, 5.5, bold: ticked);
        }

        // The contents table: description | qty | HS tariff no. | origin | kg | value.
        double[] columns = [x0, 150, 166, 206, 226, x1];
        var head = InfoBottom + 33.5;
        page.Line(section, "Description of contents", columns[0], head, 5, bold: true);
        page.RightAligned(section, "Qty", columns[2] - 3, head, 5, bold: true);
        page.Line(section, "HS tariff no.", columns[2], head, 5, bold: true);
        page.Line(section, "Origin", columns[3], head, 5, bold: true);
        page.RightAligned(section, "kg", KgRight, head, 5, bold: true);
        page.RightAligned(section, $"Value {label.Currency}", columns[5], head, 5, bold: true);
        page.Rect(x0, head + 1.8, x1 - x0, 0.4);

        // The totals row: the contents description beside the totals, wrapping under them over as many lines as it
        // needs in legible type (up to all the room but one row); the rows above give way to it.
        const double contentsPad = 1.5;
        var rowsTop = head + 3;
        var contents = new[] { new Paragraph($"Contents: {label.ContentsDescription}") };
        var besideTotals = columns[3] - 4 - columns[0];
        var contentsRoom = Bottom - rowsTop - 6.5 - (2 * contentsPad);
        var described = TextFit.Fit(contents, x1 - x0, contentsRoom, MinLegible, MinLegible, page.Fonts, besideTotals);
        if (described.Truncated)
        {
            // Only a description stored before the length limit can be this long: smaller type rather than cut off.
            described = TextFit.Fit(contents, x1 - x0, contentsRoom, MinLegible, 3.5, page.Fonts, besideTotals);
        }

        var totalsTop = Math.Min(Bottom - 10.5, Bottom - described.Height - (2 * contentsPad));

        // Values and weights as apportioned, so the lines add up to the totals printed under them.
        var lines = CustomsLines.For(label);
        var y0 = rowsTop;
        for (var i = 0; i < lines.Count; i++)
        {
            var remaining = lines.Count - i;
            var room = totalsTop - y0;
            var line = lines[i];
            if (room < 6.5 || (remaining > 1 && room < 13))
            {
                // No room for another row and the rest: say how many more, the totals below still count them all.
                page.Line(section, $"+ {remaining} more item{(remaining == 1 ? "" : "s")} (totals include all)", columns[0], y0 + 5, 5, bold: false);
                break;
            }

            var block = page.Block(section, [new Paragraph(line.Description)], columns[0], y0, columns[1] - columns[0] - 3, Math.Min(room, 12), 5.5, 3.5);
            var baseline = y0 + (page.Fonts.Primary.Ascent * block.Lines[0].Size);
            page.RightAligned(section, line.Quantity.ToString(Invariant), columns[2] - 3, baseline, 5.5);
            page.Line(section, line.HsCode ?? "", columns[2], baseline, 5.5);
            page.Line(section, line.OriginCountry, columns[3], baseline, 5.5);
            page.RightAligned(section, (line.WeightGrams / 1000m).ToString("0.000", Invariant), KgRight, baseline, 5.5);
            page.RightAligned(section, line.Value.ToString("0.00", Invariant), columns[5], baseline, 5.5);
            y0 += Math.Max(block.Height, 6.5);
        }

        page.Rect(x0, totalsTop, x1 - x0, 0.4);
        var contentsTop = totalsTop + contentsPad;
        page.Place(section, described, x0, contentsTop, x1 - x0, described.Height);
        var totals = contentsTop + (page.Fonts.Primary.Ascent * (described.Lines.Count > 0 ? described.Lines[0].Size : MinLegible));
        page.RightAligned(section, (label.WeightGrams / 1000m).ToString("0.000", Invariant), KgRight, totals, 6, bold: true);
        page.RightAligned(section, label.DeclaredValue.ToString("0.00", Invariant), columns[5], totals, 6, bold: true);
        page.Line(section, "Total", columns[3], totals, 6, bold: true);
    }

    private static string Join(params string?[] parts) =>
        string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    /// <summary>Collects what is placed on the page, measured with the page's fonts.</summary>
    private sealed class Builder(LabelFontSet fonts)
    {
        public LabelFontSet Fonts => fonts;

        public List<LabelText> Texts { get; } = [];

        public List<LabelRect> Rects { get; } = [];

        public List<LabelSection> Sections { get; } = [];

        public bool Truncated { get; private set; }

        public void Section(string name, double x, double y, double width, double height) =>
            Sections.Add(new LabelSection(name, x, y, width, height));

        public void Rect(double x, double y, double width, double height, bool filled = true, double stroke = 0.8) =>
            Rects.Add(new LabelRect(x, y, width, height, filled, stroke));

        public void Line(string section, string text, double x, double baseline, double size, bool bold = false, bool white = false)
        {
            var printable = fonts.Printable(text);
            if (printable.Length > 0)
            {
                Texts.Add(new LabelText(printable, x, baseline, size, bold, white, section, fonts));
            }
        }

        public void RightAligned(string section, string text, double right, double baseline, double size, bool bold = false)
        {
            var printable = fonts.Printable(text);
            Line(section, printable, right - fonts.Width(printable, size), baseline, size, bold);
        }

        public void Centered(string section, string text, double left, double right, double baseline, double size, bool bold = false, bool white = false)
        {
            var printable = fonts.Printable(text);
            Line(section, printable, left + ((right - left - fonts.Width(printable, size)) / 2), baseline, size, bold, white);
        }

        /// <summary>Fits paragraphs into a box (wrapping, then shrinking) and places their lines from its top.</summary>
        public FittedBlock Block(string section, IReadOnlyList<Paragraph> paragraphs, double x, double y, double width, double height, double maxSize, double minSize, bool centered = false, bool white = false, bool middle = false)
        {
            var block = TextFit.Fit(paragraphs, width, height, maxSize, minSize, fonts);
            return Place(section, block, x, y, width, height, centered, white, middle);
        }

        /// <summary>Places the lines of a block fitted beforehand from the top of its box (or in its middle).</summary>
        public FittedBlock Place(string section, FittedBlock block, double x, double y, double width, double height, bool centered = false, bool white = false, bool middle = false)
        {
            Truncated |= block.Truncated;
            var top = middle ? y + ((height - block.Height) / 2) + (block.Lines.Count > 0 ? block.Lines[0].Size * (TextFit.Leading - fonts.Primary.Ascent - fonts.Primary.Descent) / 2 : 0) : y;
            foreach (var line in block.Lines)
            {
                var baseline = top + (fonts.Primary.Ascent * line.Size);
                var left = centered ? x + ((width - line.Width) / 2) : x;
                Texts.Add(new LabelText(line.Text, left, baseline, line.Size, line.Bold, white, section, fonts));
                top += line.Size * TextFit.Leading;
            }

            return block;
        }

        // A small white-on-black heading tab at the top left of a section.
        public void Tab(string section, string text, double y)
        {
            const double size = 6.5;
            var width = fonts.Width(text, size) + 8;
            Rect(Left, y, width, 11);
            Line(section, text, Left + 4, y + 8.2, size, bold: true, white: true);
        }
    }
}

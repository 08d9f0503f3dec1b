using System.Security;

namespace Fulfilment.Labels;

/// <summary>
/// A label as an SVG picture, for looking at on screen (never printed, never counted as a print). It draws the same
/// <see cref="LabelPage"/> the PDF is drawn from (<see cref="LabelLayout.Compose(LabelData)"/>): every box, bar and
/// line of text at the same place, in points on the 288 × 432 pt page. The label fonts are not embedded (the CJK face
/// alone is megabytes): each run of text names its face and is stretched to the width the layout measured with it
/// (<c>textLength</c>), so whatever font the browser draws with, nothing moves or overlaps.
/// </summary>
public static class SvgLabelPreview
{
    public const string ContentType = "image/svg+xml";

    public static string Render(LabelData label) => Render(LabelLayout.Compose(label), label.WaybillNumber);

    public static string Render(LabelPage page, string title)
    {
        var svg = new StringBuilder(16 * 1024);
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {N(LabelPage.Width)} {N(LabelPage.Height)}" width="{N(LabelPage.Width)}pt" height="{N(LabelPage.Height)}pt" role="img">""");
        svg.Append("<title>").Append(Escape(title)).Append("</title>");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{N(LabelPage.Width)}" height="{N(LabelPage.Height)}" fill="#fff"/>""");
        foreach (var rect in page.Rects)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{N(rect.X)}" y="{N(rect.Y)}" width="{N(rect.Width)}" height="{N(rect.Height)}" """);
            if (!rect.Filled)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""fill="none" stroke="#000" stroke-width="{N(rect.Stroke)}" """);
            }

            svg.Append("/>");
        }

        // The barcode as one path of whole-module bars (crisp edges: a preview should scan from the screen too).
        var barcode = page.Barcode;
        svg.Append("""<path shape-rendering="crispEdges" d=" """.TrimEnd());
        foreach (var (start, width) in barcode.Bars)
        {
            svg.Append(CultureInfo.InvariantCulture, $"M{N(barcode.X + (start * barcode.ModuleWidth))} {N(barcode.Y)}h{N(width * barcode.ModuleWidth)}v{N(barcode.Height)}h{N(-width * barcode.ModuleWidth)}z");
        }

        svg.Append("\"/>");
        foreach (var text in page.Texts)
        {
            var x = text.X;
            foreach (var (face, run) in page.Fonts.Runs(text.Text))
            {
                var width = page.Fonts.Width(run, text.Size);
                if (!string.IsNullOrWhiteSpace(run))
                {
                    svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(x)}" y="{N(text.Baseline)}" font-family="'{face.Family}', sans-serif" font-size="{N(text.Size)}" """);
                    if (text.Bold)
                    {
                        svg.Append("""font-weight="bold" """);
                    }

                    if (text.White)
                    {
                        svg.Append("""fill="#fff" """);
                    }

                    svg.Append(CultureInfo.InvariantCulture, $"""textLength="{N(width)}" lengthAdjust="spacingAndGlyphs" xml:space="preserve">""")
                        .Append(Escape(run)).Append("</text>");
                }

                x += width;
            }
        }

        return svg.Append("</svg>").ToString();
    }

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text);
}

namespace Fulfilment.Labels;

/// <summary>
/// A cargo label laid out on a 100 × 150 mm page (288 × 432 pt, origin top left): positioned text, rules and boxes,
/// and the barcode. Renderers only draw it; every size and position is decided once, here, with the fonts of
/// <see cref="Fonts"/> (which renderers draw with).
/// </summary>
public sealed record LabelPage(
    IReadOnlyList<LabelText> Texts,
    IReadOnlyList<LabelRect> Rects,
    LabelBarcode Barcode,
    IReadOnlyList<LabelSection> Sections,
    bool Truncated,
    LabelFontSet Fonts)
{
    public const double Width = 288;
    public const double Height = 432;
}

/// <summary>
/// A line of text with its baseline at (<see cref="X"/>, <see cref="Baseline"/>), set in <see cref="Fonts"/>; white on
/// a black box when <see cref="White"/>.
/// </summary>
public sealed record LabelText(string Text, double X, double Baseline, double Size, bool Bold, bool White, string Section, LabelFontSet Fonts)
{
    public double TextWidth => Fonts.Width(Text, Size);

    public double Top => Baseline - (Fonts.Primary.Ascent * Size);

    public double Bottom => Baseline + (Fonts.Primary.Descent * Size);
}

/// <summary>A filled box (or, with <see cref="Filled"/> false, an outline of <see cref="Stroke"/> points).</summary>
public sealed record LabelRect(double X, double Y, double Width, double Height, bool Filled, double Stroke = 0.8);

/// <summary>
/// The waybill as Code 128: bars in modules of <see cref="ModuleWidth"/> points (a whole number of 203 dpi dots),
/// starting at <see cref="X"/>, with at least the quiet zone clear on both sides.
/// </summary>
public sealed record LabelBarcode(
    string Data,
    IReadOnlyList<int> Values,
    IReadOnlyList<(int Start, int Width)> Bars,
    int Modules,
    int DotsPerModule,
    double X,
    double Y,
    double Height)
{
    public const int PrinterDpi = 203;
    public const double Dot = 72.0 / PrinterDpi;

    public double ModuleWidth => DotsPerModule * Dot;

    public double SymbolWidth => Modules * ModuleWidth;
}

/// <summary>A region of the label; every text belongs to one and stays inside it.</summary>
public sealed record LabelSection(string Name, double X, double Y, double Width, double Height);

namespace Fulfilment.Labels;

/// <summary>A paragraph of a text block: its text, its size relative to the block's, and its weight.</summary>
public sealed record Paragraph(string Text, double Scale = 1, bool Bold = false);

/// <summary>One laid-out line: its text, size in points and width.</summary>
public sealed record FittedLine(string Text, double Size, bool Bold, double Width);

/// <summary>A block of lines that fits its box; <see cref="Truncated"/> only when even the smallest size could not fit.</summary>
public sealed record FittedBlock(IReadOnlyList<FittedLine> Lines, double Size, double Height, bool Truncated);

/// <summary>
/// Wraps and shrinks text into a box: the largest size (in half points, down to a floor) at which every paragraph,
/// wrapped at word boundaries (or between CJK characters, or inside an over-long word), fits the box's height.
/// </summary>
public static class TextFit
{
    public const double Leading = 1.18;

    /// <summary>
    /// Fits <paramref name="paragraphs"/> measured with <paramref name="fonts"/> (<see cref="LabelFonts.Standard"/> when
    /// null); the block's first line may be narrower than the rest (<paramref name="firstLineWidth"/>, when something
    /// stands beside it).
    /// </summary>
    public static FittedBlock Fit(IReadOnlyList<Paragraph> paragraphs, double width, double height, double maxSize, double minSize, LabelFontSet? fonts = null, double? firstLineWidth = null)
    {
        fonts ??= LabelFonts.Standard;
        var texts = paragraphs.Select(p => fonts.Printable(p.Text).Trim()).ToList();
        for (var size = maxSize; ; size -= 0.5)
        {
            var last = size - 0.5 < minSize;
            var lines = new List<FittedLine>();
            var total = 0.0;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                if (texts[p].Length == 0)
                {
                    continue;
                }

                var lineSize = size * paragraphs[p].Scale;
                foreach (var (text, lineWidth) in Wrap(texts[p], lineSize, width, fonts, lines.Count == 0 ? firstLineWidth : null))
                {
                    lines.Add(new FittedLine(text, lineSize, paragraphs[p].Bold, lineWidth));
                    total += lineSize * Leading;
                }
            }

            if (total <= height + 0.01)
            {
                return new FittedBlock(lines, size, total, false);
            }

            if (last)
            {
                return Truncate(lines, width, height, size, fonts, firstLineWidth ?? width);
            }
        }
    }

    /// <summary>
    /// Greedy line breaking: as many words (or CJK characters) per line as fit the width (the first line's own width
    /// when <paramref name="firstLineWidth"/> is given).
    /// </summary>
    public static List<(string Text, double Width)> Wrap(string text, double size, double width, LabelFontSet? fonts = null, double? firstLineWidth = null)
    {
        fonts ??= LabelFonts.Standard;
        var lines = new List<(string, double)>();
        double Limit() => lines.Count == 0 && firstLineWidth is { } first ? first : width;
        var line = new StringBuilder();
        var lineWidth = 0.0;
        var space = fonts.Width(" ", size);
        foreach (var (atom, spaceBefore) in Atoms(text))
        {
            var atomWidth = fonts.Width(atom, size);
            var gap = line.Length > 0 && spaceBefore ? space : 0;
            if (lineWidth + gap + atomWidth <= Limit())
            {
                if (gap > 0)
                {
                    line.Append(' ');
                }

                line.Append(atom);
                lineWidth += gap + atomWidth;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add((line.ToString(), lineWidth));
                line.Clear();
                lineWidth = 0;
            }

            if (atomWidth <= Limit())
            {
                line.Append(atom);
                lineWidth = atomWidth;
                continue;
            }

            // A word wider than the line (a long number, an address without spaces): break it between characters.
            foreach (var rune in atom.EnumerateRunes())
            {
                var runeText = rune.ToString();
                var runeWidth = fonts.Width(runeText, size);
                if (line.Length > 0 && lineWidth + runeWidth > Limit())
                {
                    lines.Add((line.ToString(), lineWidth));
                    line.Clear();
                    lineWidth = 0;
                }

                line.Append(runeText);
                lineWidth += runeWidth;
            }
        }

        if (line.Length > 0)
        {
            lines.Add((line.ToString(), lineWidth));
        }

        return lines;
    }

    // Words separated by spaces; a CJK character is a word of its own (those scripts break between characters), and a
    // word may also break after a hyphen, comma or slash.
    private static IEnumerable<(string Atom, bool SpaceBefore)> Atoms(string text)
    {
        var word = new StringBuilder();
        var spaceBefore = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                if (word.Length > 0)
                {
                    yield return (word.ToString(), spaceBefore);
                    word.Clear();
                }

                spaceBefore = true;
                continue;
            }

            if (IsIdeographic(rune.Value))
            {
                if (word.Length > 0)
                {
                    yield return (word.ToString(), spaceBefore);
                    word.Clear();
                    spaceBefore = false;
                }

                yield return (rune.ToString(), spaceBefore);
                spaceBefore = false;
                continue;
            }

            word.Append(rune.ToString());
            if (rune.Value is '-' or ',' or '/' or '，' or '、')
            {
                yield return (word.ToString(), spaceBefore);
                word.Clear();
                spaceBefore = false;
            }
        }

        if (word.Length > 0)
        {
            yield return (word.ToString(), spaceBefore);
        }
    }

    // CJK ideographs, kana, CJK punctuation and full-width forms: a line may break before or after any of them.
    private static bool IsIdeographic(int c) =>
        c is (>= 0x2E80 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFF00 and <= 0xFFEF) or (>= 0x20000 and <= 0x3FFFF);

    private static FittedBlock Truncate(List<FittedLine> lines, double width, double height, double size, LabelFontSet fonts, double firstLineWidth)
    {
        var kept = new List<FittedLine>();
        var total = 0.0;
        foreach (var line in lines)
        {
            if (total + (line.Size * Leading) > height + 0.01)
            {
                break;
            }

            kept.Add(line);
            total += line.Size * Leading;
        }

        if (kept.Count > 0)
        {
            var last = kept[^1];
            var text = last.Text;
            var limit = kept.Count == 1 ? firstLineWidth : width;
            while (text.Length > 0 && fonts.Width(text + "…", last.Size) > limit)
            {
                // Whole characters: a surrogate pair is never split.
                text = text[..^(char.IsLowSurrogate(text[^1]) && text.Length > 1 && char.IsHighSurrogate(text[^2]) ? 2 : 1)];
            }

            kept[^1] = last with { Text = text + "…", Width = fonts.Width(text + "…", last.Size) };
        }

        return new FittedBlock(kept, size, total, true);
    }
}

namespace Fulfilment.Labels;

/// <summary>
/// The fonts labels are set in, shipped inside this assembly (Labels/Fonts, with their licences): WenQuanYi Micro
/// Hei covers Latin, Cyrillic, Greek, Chinese, Japanese kana and Korean hangul; DejaVu Sans is the fallback for
/// characters it lacks; Label CJK Ext (the CJK ideographs WenQuanYi lacks, taken from Noto Sans CJK SC: all of
/// Extension A and the Extension B characters of names, such as 𠮷 and 㐂) is the last fallback, so rare names print
/// as written. Text is drawn in runs, each with the first font of the label's set that has glyphs for it.
/// </summary>
/// <remarks>
/// A PDF embeds a subset of every font it uses, and PDFsharp's subset of the 49,531-glyph CJK font keeps that font's
/// full glyph tables (about 80 KB a document even compressed). A label with no text that needs it is therefore set in
/// <see cref="WithoutCjk"/> (DejaVu Sans alone) and its PDF embeds only DejaVu Sans; a label with any CJK text uses
/// <see cref="Standard"/>, exactly as before. The choice is made per label from its data (<see cref="For"/>), so a
/// label looks the same alone and in a batch.
/// </remarks>
public static class LabelFonts
{
    public const string PrimaryFamily = "WenQuanYi Micro Hei";
    public const string FallbackFamily = "DejaVu Sans";
    public const string RareCjkFamily = "Label CJK Ext";

    /// <summary>Shown for a character no shipped font can draw, rather than an invisible blank box.</summary>
    public const char Replacement = '?';

    private static readonly Lazy<(FontFace Cjk, FontFace DejaVu, FontFace RareCjk)> Loaded = new(() =>
        (FontFace.Load(PrimaryFamily, Resource("WenQuanYiMicroHei.ttf")), FontFace.Load(FallbackFamily, Resource("DejaVuSans.ttf")),
            FontFace.Load(RareCjkFamily, Resource("LabelCjkExt.ttf"))));

    // A document embeds only the faces its text is drawn with: the rare-CJK face only when a label has such a character.
    private static readonly Lazy<LabelFontSet> StandardSet = new(() => new LabelFontSet([Loaded.Value.Cjk, Loaded.Value.DejaVu, Loaded.Value.RareCjk]));
    private static readonly Lazy<LabelFontSet> WithoutCjkSet = new(() => new LabelFontSet([Loaded.Value.DejaVu]));

    /// <summary>WenQuanYi Micro Hei, then DejaVu Sans, then Label CJK Ext: for labels with Chinese, Japanese or Korean text.</summary>
    public static LabelFontSet Standard => StandardSet.Value;

    /// <summary>DejaVu Sans alone: for labels whose every character it can draw.</summary>
    public static LabelFontSet WithoutCjk => WithoutCjkSet.Value;

    /// <summary>Every shipped face (what the PDF font resolver serves).</summary>
    public static IReadOnlyList<FontFace> Faces => Standard.Faces;

    public static FontFace Primary => Standard.Primary;

    public static FontFace? FaceFor(int codePoint) => Standard.FaceFor(codePoint);

    public static string Printable(string? text) => Standard.Printable(text);

    public static IReadOnlyList<(FontFace Face, string Text)> Runs(string text) => Standard.Runs(text);

    public static double Width(string text, double size) => Standard.Width(text, size);

    /// <summary>
    /// The set to lay out and draw <paramref name="label"/> with: <see cref="WithoutCjk"/> when every character of
    /// every text it prints, as <see cref="Standard"/> would print it, is one DejaVu Sans has (or white space).
    /// </summary>
    public static LabelFontSet For(LabelData label)
    {
        var (cjk, dejaVu, _) = Loaded.Value;
        foreach (var text in label.Texts())
        {
            foreach (var rune in text.EnumerateRunes())
            {
                // Most characters are DejaVu's; one only the CJK font has decides. Neither font's: see how it prints.
                if (!dejaVu.Has(rune.Value) && !Rune.IsWhiteSpace(rune) && !Rune.IsControl(rune)
                    && (cjk.Has(rune.Value) || !WithoutCjk.DrawsAll(Standard.Printable(rune.ToString()))))
                {
                    return Standard;
                }
            }
        }

        return WithoutCjk;
    }

    private static byte[] Resource(string file)
    {
        var name = $"Fulfilment.Labels.Fonts.{file}";
        using var stream = typeof(LabelFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The label font {name} is not embedded in the assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}

/// <summary>
/// Faces in order of preference: a character is drawn with the first that has a glyph for it. Text is measured,
/// cleaned (<see cref="Printable"/>) and split into runs with the same set it is drawn with.
/// </summary>
public sealed class LabelFontSet
{
    internal LabelFontSet(IReadOnlyList<FontFace> faces) => Faces = faces;

    public IReadOnlyList<FontFace> Faces { get; }

    /// <summary>The first face: its ascent and descent place every line.</summary>
    public FontFace Primary => Faces[0];

    /// <summary>The face that draws <paramref name="codePoint"/>, or null when none has a glyph for it.</summary>
    public FontFace? FaceFor(int codePoint)
    {
        foreach (var face in Faces)
        {
            if (face.Has(codePoint))
            {
                return face;
            }
        }

        return null;
    }

    /// <summary>Whether every character of <paramref name="text"/> is white space or has a glyph in this set.</summary>
    public bool DrawsAll(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune) && FaceFor(rune.Value) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Text as it can be printed: control characters become spaces; a character no face has becomes its compatibility
    /// form when that can be printed (a CJK compatibility ideograph its unified one, a ligature its letters), otherwise
    /// one '?' (a surrogate pair is one character, and a lone surrogate is a '?' too).
    /// </summary>
    public string Printable(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        StringBuilder? copy = null;
        var i = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            // A lone surrogate (broken UTF-16) comes out as U+FFFD, which is not what the text says: a '?' too.
            var length = rune.Utf16SequenceLength;
            var replacement = Rune.IsControl(rune) ? " "
                : rune == Rune.ReplacementChar && text[i] != '\uFFFD' ? LabelFonts.Replacement.ToString()
                : FaceFor(rune.Value) is not null || Rune.IsWhiteSpace(rune) ? null
                : Substitute(rune);
            if (replacement is not null)
            {
                copy ??= new StringBuilder(text, 0, i, text.Length);
                copy.Append(replacement);
            }
            else
            {
                copy?.Append(text, i, length);
            }

            i += length;
        }

        return copy?.ToString() ?? text;
    }

    /// <summary>Splits printable text into runs that each use one face.</summary>
    public IReadOnlyList<(FontFace Face, string Text)> Runs(string text)
    {
        var runs = new List<(FontFace, string)>(1);
        FontFace? current = null;
        var start = 0;
        var i = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            // Spaces join whichever run they are in, so a line stays one run where it can.
            var face = Rune.IsWhiteSpace(rune) ? current ?? Primary : FaceFor(rune.Value) ?? Primary;
            if (current is not null && face != current)
            {
                runs.Add((current, text[start..i]));
                start = i;
            }

            current = face;
            i += rune.Utf16SequenceLength;
        }

        if (current is not null)
        {
            runs.Add((current, text[start..]));
        }

        return runs;
    }

    /// <summary>The width of printable text at <paramref name="size"/> points.</summary>
    public double Width(string text, double size)
    {
        var em = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            em += (FaceFor(rune.Value) ?? Primary).Advance(rune.Value);
        }

        return em * size;
    }

    public override string ToString() => string.Join(" + ", Faces.Select(f => f.Family));

    // The character's compatibility decomposition (NFKC) when this set can print all of it, otherwise '?'.
    private string Substitute(Rune rune)
    {
        var original = rune.ToString();
        var compatible = original.Normalize(NormalizationForm.FormKC);
        return compatible != original && compatible.EnumerateRunes().All(r => !Rune.IsControl(r) && (Rune.IsWhiteSpace(r) || FaceFor(r.Value) is not null))
            ? compatible
            : LabelFonts.Replacement.ToString();
    }
}

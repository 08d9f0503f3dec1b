using System.Text;

namespace Fulfilment.Labels;

/// <summary>
/// The fonts labels are set in, shipped inside this assembly (Labels/Fonts, with their licences): WenQuanYi Micro
/// Hei covers Latin, Cyrillic, Greek, Chinese, Japanese kana and Korean hangul; DejaVu Sans is the fallback for
/// characters it lacks. Text is drawn in runs, each with the first font that has glyphs for it.
/// </summary>
public static class LabelFonts
{
    public const string PrimaryFamily = "WenQuanYi Micro Hei";
    public const string FallbackFamily = "DejaVu Sans";

    /// <summary>Shown for a character no shipped font can draw, rather than an invisible blank box.</summary>
    public const char Replacement = '?';

    private static readonly Lazy<IReadOnlyList<FontFace>> Loaded = new(() =>
    [
        FontFace.Load(PrimaryFamily, Resource("WenQuanYiMicroHei.ttf")),
        FontFace.Load(FallbackFamily, Resource("DejaVuSans.ttf")),
    ]);

    public static IReadOnlyList<FontFace> Faces => Loaded.Value;

    public static FontFace Primary => Loaded.Value[0];

    /// <summary>The face that draws <paramref name="codePoint"/>, or null when none has a glyph for it.</summary>
    public static FontFace? FaceFor(int codePoint)
    {
        foreach (var face in Loaded.Value)
        {
            if (face.Has(codePoint))
            {
                return face;
            }
        }

        return null;
    }

    /// <summary>Text as it can be printed: control characters become spaces, characters no font has become '?'.</summary>
    public static string Printable(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        StringBuilder? copy = null;
        var i = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var replacement = Rune.IsControl(rune) ? " " : FaceFor(rune.Value) is null && !Rune.IsWhiteSpace(rune) ? Replacement.ToString() : null;
            if (replacement is not null)
            {
                copy ??= new StringBuilder(text, 0, i, text.Length);
                copy.Append(replacement);
            }
            else
            {
                copy?.Append(rune.ToString());
            }

            i += rune.Utf16SequenceLength;
        }

        return copy?.ToString() ?? text;
    }

    /// <summary>Splits printable text into runs that each use one face.</summary>
    public static IReadOnlyList<(FontFace Face, string Text)> Runs(string text)
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
    public static double Width(string text, double size)
    {
        var em = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            em += (FaceFor(rune.Value) ?? Primary).Advance(rune.Value);
        }

        return em * size;
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

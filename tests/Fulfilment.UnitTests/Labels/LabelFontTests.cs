using System.Reflection;
using System.Text;

namespace Fulfilment.UnitTests.Labels;

public sealed class LabelFontTests
{
    [Theory]
    [InlineData("Latin", "Zürich São Paulo Łódź Ærøskøbing Ğş")]
    [InlineData("Cyrillic", "Иван Петров ул. Тверская Ёё Її")]
    [InlineData("Greek", "Γιώργος Παπαδόπουλος Αθήνα")]
    [InlineData("Chinese", "张伟 北京市朝阳区 國際小包")]
    [InlineData("Japanese kana", "グラントウキョウノースタワー まるのうち")]
    [InlineData("Korean hangul", "김민준 서울특별시 세종대로")]
    public void The_primary_label_font_has_glyphs_for_every_script_the_labels_need(string script, string sample)
    {
        var missing = sample.Where(c => !char.IsWhiteSpace(c) && !LabelFonts.Primary.Has(c)).ToList();
        Assert.True(missing.Count == 0, $"{script}: no glyph for {string.Join(" ", missing)}");
    }

    [Fact]
    public void A_character_the_primary_font_lacks_falls_back_to_the_second_font_in_its_own_run()
    {
        // Hebrew is not in WenQuanYi Micro Hei but is in DejaVu Sans.
        var runs = LabelFonts.Runs("Dana שלום Cohen");
        Assert.Equal([LabelFonts.PrimaryFamily, LabelFonts.FallbackFamily, LabelFonts.PrimaryFamily], runs.Select(r => r.Face.Family));
        Assert.Equal("שלום", runs[1].Text.Trim());
    }

    [Fact]
    public void A_character_no_font_has_prints_as_a_question_mark_not_a_blank_box() =>
        Assert.Equal("Name ?? end", LabelFonts.Printable("Name กข end")); // Thai is in neither font

    [Fact]
    public void Control_characters_print_as_spaces() =>
        Assert.Equal("Line 1 Line 2", LabelFonts.Printable("Line 1\nLine 2"));

    [Fact]
    public void A_label_without_cjk_text_is_set_in_dejavu_sans_alone()
    {
        Assert.Same(LabelFonts.WithoutCjk, LabelFonts.For(Samples.LatinOnly()));
        Assert.Same(LabelFonts.WithoutCjk, LabelFonts.For(Samples.LatinOnly(Samples.Cyrillic)));
        Assert.Same(LabelFonts.WithoutCjk, LabelFonts.For(Samples.LatinOnly(Samples.Longest(cjk: false))));
        Assert.Same(LabelFonts.Standard, LabelFonts.For(Samples.Label(Samples.Latin)));
        Assert.Same(LabelFonts.Standard, LabelFonts.For(Samples.LatinOnly(Samples.Korean)));
        Assert.Equal([LabelFonts.FallbackFamily], LabelFonts.WithoutCjk.Faces.Select(f => f.Family));
        Assert.Equal([LabelFonts.PrimaryFamily, LabelFonts.FallbackFamily, LabelFonts.RareCjkFamily], LabelFonts.Standard.Faces.Select(f => f.Family));

        // A character only the rare-CJK face has brings the CJK set too.
        Assert.Same(LabelFonts.Standard, LabelFonts.For(Samples.LatinOnly(Samples.Latin with { Name = "Ann 㐂" })));
    }

    [Fact]
    public void Every_text_of_a_label_counts_when_its_fonts_are_chosen()
    {
        // A field added to the label data (or its addresses and lines) without being looked at would print as '?'.
        var label = Samples.LatinOnly();
        var variants = new List<(string Field, LabelData Label)>();
        foreach (var property in Strings(typeof(LabelData)))
        {
            variants.Add((property.Name, With(label, property, "张")));
        }

        foreach (var property in Strings(typeof(Address)))
        {
            variants.Add(($"Recipient.{property.Name}", label with { Recipient = With(label.Recipient, property, "张") }));
            variants.Add(($"Sender.{property.Name}", label with { Sender = With(label.Sender, property, "张") }));
        }

        foreach (var property in Strings(typeof(LabelLine)))
        {
            variants.Add(($"Lines.{property.Name}", label with { Lines = [.. label.Lines.Select(l => With(l, property, "张"))] }));
        }

        Assert.True(variants.Count >= 20, $"{variants.Count} text fields");
        Assert.All(variants, v => Assert.True(LabelFonts.For(v.Label) == LabelFonts.Standard, $"{v.Field} is not looked at"));
    }

    [Fact]
    public void Dejavu_sans_draws_every_country_name_and_the_labels_own_punctuation()
    {
        Assert.All(Countries.Names.Values, name => Assert.True(LabelFonts.WithoutCjk.DrawsAll(name.ToUpperInvariant()), name));
        Assert.True(LabelFonts.WithoutCjk.DrawsAll("· … CUSTOMS DECLARATION (totals include all)"));
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_one_character_never_half_of_one()
    {
        // 𠮷 (U+20BB7, a surrogate pair) is one character, drawn with the rare-CJK face; U+31350 (Extension H) is in no
        // font: one '?', not two.
        Assert.Equal("𠮷野家", LabelFonts.Printable("𠮷野家"));
        Assert.Equal([LabelFonts.RareCjkFamily, LabelFonts.PrimaryFamily], LabelFonts.Runs("𠮷野家").Select(r => r.Face.Family));
        Assert.Equal("𠮷", LabelFonts.Runs("𠮷野家")[0].Text);
        Assert.Equal("?野家", LabelFonts.Printable("\U00031350野家"));
        Assert.Equal("?と?", LabelFonts.Printable("\U00031350と\U00031351"));

        // A lone surrogate (broken input) is a '?' too, never passed on to the PDF.
        Assert.Equal("A?B", LabelFonts.Printable("A\uD842B"));
        Assert.Equal("A?", LabelFonts.Printable("A\uD842"));
        Assert.Equal("?A", LabelFonts.Printable("\uDFB7A"));

        // One DejaVu Sans has (U+1F600) is drawn as itself, measured once.
        Assert.Equal("😀", LabelFonts.WithoutCjk.Printable("😀"));
        Assert.Equal(LabelFonts.WithoutCjk.Width("😀", 10), LabelFonts.WithoutCjk.Primary.Advance(0x1F600) * 10, 6);
    }

    [Fact]
    public void A_character_no_font_has_prints_as_its_compatibility_form_when_that_can_be_printed()
    {
        Assert.Null(LabelFonts.FaceFor(0x1D400));
        Assert.Null(LabelFonts.FaceFor(0x337F));
        Assert.Equal("ABC Trading", LabelFonts.Printable("𝐀𝐁𝐂 Trading"));
        Assert.Equal("株式会社山田", LabelFonts.Printable("㍿山田"));

        // Full-width letters are in the CJK font; without it they print as plain letters.
        Assert.Equal("ABC", LabelFonts.WithoutCjk.Printable("ＡＢＣ"));
        Assert.Same(LabelFonts.Standard, LabelFonts.For(Samples.LatinOnly() with { Recipient = Samples.Latin with { Name = "㍿ Dubois" } }));
    }

    [Fact]
    public void Cutting_off_text_never_splits_a_surrogate_pair()
    {
        var block = TextFit.Fit([new Paragraph(string.Concat(Enumerable.Repeat("😀", 60)))], 40, 6, 5, 5, LabelFonts.WithoutCjk);
        Assert.True(block.Truncated);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        Assert.All(block.Lines, line => strict.GetBytes(line.Text));
        Assert.EndsWith("😀…", block.Lines[^1].Text, StringComparison.Ordinal);
    }

    private static IEnumerable<PropertyInfo> Strings(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string) && p.CanWrite);

    // A copy of a record with one init-only property set.
    private static T With<T>(T record, PropertyInfo property, string value)
        where T : class
    {
        var copy = (T)typeof(object).GetMethod("MemberwiseClone", BindingFlags.NonPublic | BindingFlags.Instance)!.Invoke(record, null)!;
        property.SetValue(copy, value);
        return copy;
    }
}

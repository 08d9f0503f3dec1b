using Fulfilment.Labels;

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
}

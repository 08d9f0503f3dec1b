using Fulfilment.Testing;

namespace Fulfilment.UnitTests.Labels;

/// <summary>The PDF labels checked with independent tools: poppler renders and extracts, zbar decodes the barcode.</summary>
public sealed class LabelPdfTests
{
    private readonly PdfLabelRenderer _renderer = new();

    [Theory]
    [InlineData("LP000000014CN")]
    [InlineData("RR287043775IN")]
    [InlineData("YW473124829CN")]
    [InlineData("12345678901234")]
    [InlineData("abc-DEF-1234567")]
    public void Zbar_reads_back_exactly_the_waybill_number(string waybill)
    {
        var pdf = _renderer.Render([Samples.Label(Samples.Latin, waybill)]);
        Assert.Equal([waybill], PdfTools.Barcodes(pdf, dpi: 203));
        Assert.Equal([waybill], PdfTools.Barcodes(pdf, dpi: 300));
    }

    [Fact]
    public void The_text_holds_recipient_sender_and_order_number_in_their_own_scripts()
    {
        var pdf = _renderer.Render([Samples.Label(Samples.Chinese), Samples.Label(Samples.Cyrillic), Samples.Label(Samples.Japanese), Samples.Label(Samples.Korean)]);
        Assert.Equal(4, PdfTools.PageCount(pdf));
        foreach (var (recipient, page) in new[] { (Samples.Chinese, 1), (Samples.Cyrillic, 2), (Samples.Japanese, 3), (Samples.Korean, 4) })
        {
            var text = PdfTools.Squeeze(PdfTools.Text(pdf, page));
            Assert.Contains(PdfTools.Squeeze(recipient.Name), text, StringComparison.Ordinal);
            Assert.Contains(PdfTools.Squeeze(recipient.Line1), text, StringComparison.Ordinal);
            Assert.Contains(PdfTools.Squeeze(Samples.Sender.Name), text, StringComparison.Ordinal);
            Assert.Contains(PdfTools.Squeeze(Samples.Sender.Line1), text, StringComparison.Ordinal);
            Assert.Contains("8123100007", text, StringComparison.Ordinal);
            Assert.Contains("LP000000014CN", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Very_long_addresses_print_in_full()
    {
        var longest = Samples.Longest(cjk: true);
        var pdf = _renderer.Render([Samples.Label(longest), Samples.Label(Samples.Longest(cjk: false))]);
        var text = PdfTools.Squeeze(PdfTools.Text(pdf, 1));
        Assert.Contains(PdfTools.Squeeze(longest.Line1), text, StringComparison.Ordinal);
        Assert.Contains(PdfTools.Squeeze(longest.Line2!), text, StringComparison.Ordinal);
        var latin = PdfTools.Squeeze(PdfTools.Text(pdf, 2));
        Assert.Contains(PdfTools.Squeeze(Samples.Longest(cjk: false).Name), latin, StringComparison.Ordinal);
        Assert.Equal(["LP000000014CN"], PdfTools.Barcodes(pdf, page: 2));
    }

    [Fact]
    public void A_single_label_is_a_well_formed_pdf_every_strict_reader_accepts()
    {
        foreach (var pdf in new[] { _renderer.Render([Samples.Label(Samples.Chinese)]), _renderer.Render([Samples.LatinOnly()]) })
        {
            AssertWellFormed(pdf, minStreams: 3);
        }
    }

    [Fact]
    public void A_batch_of_500_labels_is_a_well_formed_pdf_every_strict_reader_accepts()
    {
        Address[] recipients = [Samples.Chinese, Samples.Cyrillic, Samples.Japanese, Samples.Korean, Samples.Latin];
        var pdf = _renderer.Render([.. Enumerable.Range(0, 500).Select(i => Samples.Label(recipients[i % recipients.Length], $"LP{i:D9}CN"))]);
        Assert.Equal(500, PdfTools.PageCount(pdf));
        AssertWellFormed(pdf, minStreams: 502);
        Assert.Equal(["LP000000499CN"], PdfTools.Barcodes(pdf, page: 500));
    }

    // Every FlateDecode stream a complete zlib stream (Adler-32 and /Length right), and qpdf without a warning.
    private static void AssertWellFormed(byte[] pdf, int minStreams)
    {
        var (streams, problems) = PdfTools.StrictFlateCheck(pdf);
        Assert.Empty(problems);
        Assert.True(streams >= minStreams, $"{streams} FlateDecode streams");
        var (exitCode, output) = PdfTools.QpdfCheck(pdf);
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("WARNING", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_is_a_100_by_150_mm_page_with_subset_fonts()
    {
        var one = _renderer.Render([Samples.Label(Samples.Chinese)]);
        Assert.Contains("288 x 432 pts", PdfTools.Info(one), StringComparison.Ordinal);

        // Subsets keep a label small although the CJK font file is 4.6 MB.
        Assert.InRange(one.Length, 1_000, 150_000);
        var ten = _renderer.Render([.. Enumerable.Range(0, 10).Select(_ => Samples.Label(Samples.Japanese))]);
        Assert.Equal(10, PdfTools.PageCount(ten));
        Assert.InRange(ten.Length, 1_000, 250_000);
    }

    [Fact]
    public void A_label_without_cjk_text_embeds_only_dejavu_sans_and_is_a_third_of_the_size()
    {
        var latin = Samples.LatinOnly();
        var pdf = _renderer.Render([latin]);
        Assert.Equal([LabelFonts.FallbackFamily], PdfTools.Fonts(pdf));
        Assert.InRange(pdf.Length, 1_000, 40_000);
        Assert.Equal(["LP000000014CN"], PdfTools.Barcodes(pdf));
        var text = PdfTools.Squeeze(PdfTools.Text(pdf));
        foreach (var part in new[] { latin.Recipient.Name, latin.Recipient.Line1, "Île-de-France", latin.Sender.Name, latin.Sender.Line1, "Contents: Phone accessories", "8123100007" })
        {
            Assert.Contains(PdfTools.Squeeze(part), text, StringComparison.Ordinal);
        }

        // Any CJK text on any label of the document brings the CJK font back, as before.
        var cjk = _renderer.Render([Samples.Label(Samples.Latin)]);
        Assert.Equal([LabelFonts.PrimaryFamily], PdfTools.Fonts(cjk));
        Assert.True(cjk.Length > 2 * pdf.Length, $"{cjk.Length:N0} bytes with CJK, {pdf.Length:N0} without");
        var mixed = _renderer.Render([latin, Samples.Label(Samples.Chinese)]);
        Assert.Equal([LabelFonts.FallbackFamily, LabelFonts.PrimaryFamily], PdfTools.Fonts(mixed).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("𠮷田 㐂一")] // U+20BB7 (Extension B, a Japanese surname) and U+3402 (Extension A)
    [InlineData("陈𠀾 𩸽𣲗")] // U+2003E, U+29E3D, U+23C97 (Extension B)
    [InlineData("㑇㑊 䶮")] // Extension A, as in Chinese given names
    public void Rare_cjk_names_print_as_written_and_come_back_from_the_pdf_text(string name)
    {
        var recipient = Samples.Japanese with { Name = name };
        var sender = Samples.Sender with { Name = "𠮷川" };
        var pdf = _renderer.Render([Samples.Label(recipient) with { Sender = sender }]);
        var text = PdfTools.Squeeze(PdfTools.Text(pdf));
        Assert.Contains(PdfTools.Squeeze(name), text, StringComparison.Ordinal);
        Assert.Contains("𠮷川", text, StringComparison.Ordinal);
        Assert.DoesNotContain("?", text, StringComparison.Ordinal);
        Assert.Contains(LabelFonts.RareCjkFamily, PdfTools.Fonts(pdf));
        Assert.Empty(PdfTools.StrictFlateCheck(pdf).Problems);
    }

    [Fact]
    public void The_rare_cjk_font_is_embedded_only_when_a_label_needs_it()
    {
        Assert.DoesNotContain(LabelFonts.RareCjkFamily, PdfTools.Fonts(_renderer.Render([Samples.Label(Samples.Chinese)])));
        Assert.Equal([LabelFonts.FallbackFamily], PdfTools.Fonts(_renderer.Render([Samples.LatinOnly()])));
    }

    [Fact]
    public void A_character_no_font_has_still_prints_as_one_question_mark()
    {
        // U+31350 (CJK Extension H) is in none of the shipped fonts.
        var recipient = Samples.Japanese with { Name = "\U00031350田" };
        var text = PdfTools.Squeeze(PdfTools.Text(_renderer.Render([Samples.Label(recipient)])));
        Assert.Contains("?田", text, StringComparison.Ordinal);
        Assert.DoesNotContain("??", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_label_is_rendered_to_a_picture_for_people_to_look_at()
    {
        var pdf = _renderer.Render([Samples.Label(Samples.Japanese, "LP000000014CN", GoodsType.Battery)]);
        var png = PdfTools.Png(pdf, dpi: 203);
        var directory = Path.Combine(Root(), "artifacts", "screenshots");
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, "label.png"), png);
        Assert.Equal(["LP000000014CN"], PdfTools.Barcodes(pdf));
    }

    private static string Root()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Fulfilment.sln")))
            {
                return dir;
            }
        }

        return AppContext.BaseDirectory;
    }
}

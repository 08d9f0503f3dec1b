namespace Fulfilment.UnitTests.Labels;

public sealed class LabelLayoutTests
{
    public static TheoryData<string> Recipients => ["latin", "cyrillic", "chinese", "japanese", "korean", "longest-latin", "longest-cjk"];

    public static TheoryData<string, bool> ContentsDescriptions => new()
    {
        { "longest-allowed", false }, { "longest-allowed", true },
        { "longest-allowed-wide", false }, { "longest-allowed-wide", true },
        { "stored-before-the-limit", false }, { "stored-before-the-limit", true },
    };

    [Theory]
    [MemberData(nameof(Recipients))]
    public void Nothing_is_cut_off_and_nothing_overlaps(string recipient)
    {
        var address = recipient switch
        {
            "latin" => Samples.Latin,
            "cyrillic" => Samples.Cyrillic,
            "chinese" => Samples.Chinese,
            "japanese" => Samples.Japanese,
            "korean" => Samples.Korean,
            "longest-latin" => Samples.Longest(cjk: false),
            _ => Samples.Longest(cjk: true),
        };
        var label = Samples.Label(address, lines: 6) with { Sender = recipient.StartsWith("longest", StringComparison.Ordinal) ? address with { CountryCode = "CN" } : Samples.Sender };
        var page = LabelLayout.Compose(label);

        Assert.False(page.Truncated);
        AssertInsideAndApart(page);

        // Every word of the recipient is on the label (wrapped lines joined again).
        var printed = string.Concat(page.Texts.Where(t => t.Section == "ship-to").Select(t => t.Text)).Replace(" ", "", StringComparison.Ordinal);
        foreach (var part in new[] { address.Name, address.Line1, address.Line2 ?? "", address.City, address.PostalCode })
        {
            Assert.Contains(part.Replace(" ", "", StringComparison.Ordinal), printed, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_recipient_is_the_largest_text_after_the_destination_and_the_waybill()
    {
        var page = LabelLayout.Compose(Samples.Label(Samples.Latin));
        var name = page.Texts.Single(t => t.Text == Samples.Latin.Name);
        Assert.True(page.Texts.Where(t => t.Section is "from" or "customs" or "channel").All(t => t.Size < name.Size));
        Assert.True(page.Texts.Single(t => t.Text == "FR" && t.Section == "country").Size >= 30);
    }

    [Fact]
    public void The_barcode_sits_on_whole_printer_dots_with_quiet_zones()
    {
        var page = LabelLayout.Compose(Samples.Label(Samples.Latin));
        var barcode = page.Barcode;
        Assert.InRange(barcode.DotsPerModule, 2, 4);
        var startDots = barcode.X / LabelBarcode.Dot;
        Assert.True(Math.Abs(startDots - Math.Round(startDots)) < 1e-6, $"starts at {startDots} dots");
        var quietLeft = (barcode.X - 3) / barcode.ModuleWidth;
        var quietRight = (LabelPage.Width - 3 - (barcode.X + barcode.SymbolWidth)) / barcode.ModuleWidth;
        Assert.True(quietLeft >= Code128.QuietZoneModules && quietRight >= Code128.QuietZoneModules, $"quiet zones {quietLeft:F1} and {quietRight:F1} modules");

        // Nothing is printed beside the bars.
        Assert.DoesNotContain(page.Texts, t => t.Bottom > barcode.Y && t.Top < barcode.Y + barcode.Height);
        Assert.Single(page.Texts, t => t.Text == "LP000000014CN" && t.Top >= barcode.Y + barcode.Height);
    }

    [Theory]
    [InlineData(GoodsType.Battery, "BATTERY")]
    [InlineData(GoodsType.Liquid, "LIQUID")]
    [InlineData(GoodsType.Cosmetics, "COSMETICS")]
    public void Special_goods_carry_a_white_on_black_mark(GoodsType goods, string mark)
    {
        var page = LabelLayout.Compose(Samples.Label(Samples.Latin, goods: goods));
        Assert.Single(page.Texts, t => t.Text == mark && t.White);
    }

    [Theory]
    [InlineData(UndeliverableHandling.Return, "RETURN")]
    [InlineData(UndeliverableHandling.Destroy, "DESTROY")]
    public void The_undeliverable_handling_is_marked(UndeliverableHandling handling, string mark)
    {
        var page = LabelLayout.Compose(Samples.Label(Samples.Latin, undeliverable: handling));
        Assert.Single(page.Texts, t => t.Text == mark && t.White);
    }

    [Fact]
    public void Many_contents_lines_are_summarised_and_the_totals_still_count_them_all()
    {
        var page = LabelLayout.Compose(Samples.Label(Samples.Latin, lines: 9));
        Assert.Contains(page.Texts, t => t.Text.StartsWith("+ ", StringComparison.Ordinal) && t.Text.Contains("more items", StringComparison.Ordinal));
        Assert.Contains(page.Texts, t => t.Text == "18.30" && t.Bold);
    }

    [Theory]
    [MemberData(nameof(ContentsDescriptions))]
    public void The_longest_contents_description_prints_in_full_in_legible_type(string kind, bool cjk)
    {
        const int max = Fulfilment.Shipping.CreateLogisticsOrder.ParcelRequestValidator.MaxContentsDescriptionLength;
        var contents = kind switch
        {
            "longest-allowed" => Samples.Contents(max),

            // Capitals are the widest letters: the worst case of the limit, as one word that breaks between letters.
            "longest-allowed-wide" => new string('W', max),

            // The database still holds descriptions of up to 200 characters from before the limit; they are reprinted.
            _ => Samples.Contents(200),
        };
        var label = (cjk ? Samples.Label(Samples.Chinese, lines: 6) : Samples.LatinOnly(lines: 6)) with { ContentsDescription = contents };
        var page = LabelLayout.Compose(label);

        Assert.Equal(cjk ? LabelFonts.Standard : LabelFonts.WithoutCjk, page.Fonts);
        Assert.False(page.Truncated);
        AssertInsideAndApart(page);
        var first = page.Texts.Single(t => t.Section == "customs" && t.Text.StartsWith("Contents:", StringComparison.Ordinal));
        var lines = page.Texts.Where(t => t.Section == "customs" && t.X == first.X && t.Top >= first.Top).OrderBy(t => t.Top).ToList();
        Assert.Equal(Squeeze($"Contents: {contents}"), Squeeze(string.Concat(lines.Select(t => t.Text))));
        Assert.DoesNotContain(lines, t => t.Text.Contains('…', StringComparison.Ordinal));
        Assert.All(lines, t => Assert.True(t.Size >= LabelLayout.MinLegible, $"\"{t.Text}\" is {t.Size} pt"));

        // The rows give way to it and still say how many items are not listed; the totals are there.
        Assert.Contains(page.Texts, t => t.Text.StartsWith("+ ", StringComparison.Ordinal) && t.Text.Contains("(totals include all)", StringComparison.Ordinal));
        Assert.Contains(page.Texts, t => t.Section == "customs" && t.Text == "Total");
    }

    [Fact]
    public void A_short_contents_description_keeps_the_totals_row_one_line_high()
    {
        var page = LabelLayout.Compose(Samples.Label(Samples.Chinese));
        var contents = page.Texts.Single(t => t.Text == "Contents: Phone accessories");
        var total = page.Texts.Single(t => t.Text == "Total");
        Assert.Equal(LabelLayout.MinLegible, contents.Size);
        Assert.Equal(total.Baseline, contents.Baseline, 3);
        Assert.True(contents.Bottom <= LabelPage.Height - 3);
    }

    [Fact]
    public void The_customs_lines_add_up_to_the_totals_printed_under_them()
    {
        // The audit's parcel: declared 12.50 over lines of 6.90 + 10.80, weighed 0.500 kg with items of 1.185 kg.
        var label = Samples.LatinOnly() with
        {
            DeclaredValue = 12.50m,
            WeightGrams = 500,
            Lines = [new LabelLine("Clear phone case for iPhone 15", 1, 385, 6.90m, "392690", "CN"), new LabelLine("Braided USB-C cable 1 m", 2, 800, 10.80m, null, "CN")],
        };
        var page = LabelLayout.Compose(label);

        var values = Numbers(page, @"^\d+\.\d{2}$");
        var weights = Numbers(page, @"^\d+\.\d{3}$");
        Assert.Equal([4.87m, 7.63m, 12.50m], values);
        Assert.Equal([0.162m, 0.338m, 0.500m], weights);
        Assert.Equal(values[^1], values[..^1].Sum());
        Assert.True(weights[..^1].Sum() <= weights[^1]);
    }

    // The customs block's numbers in reading order (rows, then the totals).
    private static decimal[] Numbers(LabelPage page, string pattern) =>
    [
        .. page.Texts.Where(t => t.Section == "customs" && System.Text.RegularExpressions.Regex.IsMatch(t.Text, pattern))
            .OrderBy(t => t.Baseline).Select(t => decimal.Parse(t.Text, System.Globalization.CultureInfo.InvariantCulture)),
    ];

    private static string Squeeze(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    /// <summary>Every text stays inside its section, and no two texts overlap.</summary>
    private static void AssertInsideAndApart(LabelPage page)
    {
        var sections = page.Sections.ToDictionary(s => s.Name);
        foreach (var text in page.Texts)
        {
            var section = sections[text.Section];
            Assert.True(
                text.X >= section.X && text.X + text.TextWidth <= section.X + section.Width + 0.01 && text.Top >= section.Y - 0.01 && text.Bottom <= section.Y + section.Height + 0.01,
                $"\"{text.Text}\" ({text.X:F1},{text.Top:F1})–({text.X + text.TextWidth:F1},{text.Bottom:F1}) leaves its section {section}");
        }

        for (var i = 0; i < page.Texts.Count; i++)
        {
            for (var j = i + 1; j < page.Texts.Count; j++)
            {
                var (a, b) = (page.Texts[i], page.Texts[j]);
                var overlap = a.X < b.X + b.TextWidth - 0.01 && b.X < a.X + a.TextWidth - 0.01 && a.Top < b.Bottom - 0.01 && b.Top < a.Bottom - 0.01;
                Assert.False(overlap, $"\"{a.Text}\" overlaps \"{b.Text}\"");
            }
        }
    }
}

namespace Fulfilment.UnitTests.Labels;

public sealed class ZplLabelTests
{
    [Fact]
    public void A_label_is_one_zpl_format_with_a_code_128_barcode_and_utf8_text()
    {
        var zpl = ZplLabelRenderer.ToZpl(Samples.Label(Samples.Cyrillic, goods: GoodsType.Liquid));
        Assert.StartsWith("^XA", zpl, StringComparison.Ordinal);
        Assert.EndsWith("^XZ\n", zpl, StringComparison.Ordinal);
        Assert.Contains("^CI28", zpl, StringComparison.Ordinal);
        Assert.Contains("^PW812", zpl, StringComparison.Ordinal);
        Assert.Contains("^LL1218", zpl, StringComparison.Ordinal);
        Assert.Matches(@"\^BY[2-4],3,\d+\^BCN,\d+,N,N,N,A\^FDLP000000014CN\^FS", zpl);
        Assert.Contains("^FDИван Петров^FS", zpl, StringComparison.Ordinal);
        Assert.Contains("^FD8123100007^FS", zpl, StringComparison.Ordinal);
        Assert.Contains("^FR^FH\\^FDLIQUID^FS", zpl, StringComparison.Ordinal);
        Assert.Contains("^FR^FH\\^FDRETURN^FS", zpl, StringComparison.Ordinal);
    }

    [Fact]
    public void Cjk_text_uses_the_printers_asian_font() =>
        Assert.Matches(@"\^AZN,\d+,\d+\^FH\\\^FD张伟\^FS", ZplLabelRenderer.ToZpl(Samples.Label(Samples.Chinese)));

    [Fact]
    public void Zpl_control_characters_in_data_are_escaped()
    {
        var zpl = ZplLabelRenderer.ToZpl(Samples.Label(Samples.Latin with { Name = "A^B~C\\D" }));
        Assert.Contains("^FDA\\5EB\\7EC\\5CD^FS", zpl, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_is_one_format_a_label()
    {
        var bytes = new ZplLabelRenderer().Render([Samples.Label(Samples.Latin), Samples.Label(Samples.Korean)]);
        var zpl = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Equal(2, zpl.Split("^XA").Length - 1);
        Assert.Equal(2, zpl.Split("^XZ").Length - 1);
    }
}

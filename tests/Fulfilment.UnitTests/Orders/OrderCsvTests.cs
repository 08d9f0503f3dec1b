using System.Text;

namespace Fulfilment.UnitTests.Orders;

public sealed class OrderCsvTests
{
    private const string Header = "orderNumber,buyerName,buyerChannelCode,placedAt,shipBy,recipientName,recipientPhone,countryCode,province,city,postalCode,addressLine1,addressLine2,sku,title,quantity,unitPrice,weightGrams";

    private static string Row(string number, string sku, string quantity = "1", string shipBy = "2026-11-27", string title = "Product") =>
        $"{number},Lena Schmidt,CAINIAO_ECONOMY,2026-11-20T10:30:00+08:00,{shipBy},Lena Schmidt,+49 30 901820,DE,Berlin,Berlin,10117,Unter den Linden 77,,{sku},{title},{quantity},12.00,80";

    [Fact]
    public void Rows_with_one_order_number_form_one_order_with_their_file_lines()
    {
        var parse = OrderCsv.Parse(string.Join("\n", Header, Row("A-1", "S-1", "2"), Row("B-2", "S-1"), Row("A-1", "S-2", "3")));
        Assert.Empty(parse.Errors);
        Assert.Equal(3, parse.RowCount);
        var order = parse.Orders.Single(o => o.Request.OrderNumber == "A-1");
        Assert.Equal([2, 4], order.LineNumbers);
        Assert.Equal(["S-1", "S-2"], order.Request.Lines!.Select(l => l.Sku));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 2, 30, 0, TimeSpan.Zero), order.Request.PlacedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 23, 59, 0, TimeSpan.Zero), order.Request.ShipBy);
    }

    [Fact]
    public void An_empty_buyer_channel_cell_or_no_such_column_means_the_buyer_chose_none()
    {
        var empty = OrderCsv.Parse(string.Join("\n", Header, Row("A-1", "S-1").Replace(",CAINIAO_ECONOMY,", ",,", StringComparison.Ordinal)));
        Assert.Empty(empty.Errors);
        Assert.True(string.IsNullOrEmpty(Assert.Single(empty.Orders).Request.BuyerChannelCode));

        var withoutColumn = OrderCsv.Parse(string.Join("\n", Header.Replace("buyerChannelCode,", "", StringComparison.Ordinal), Row("A-1", "S-1").Replace("CAINIAO_ECONOMY,", "", StringComparison.Ordinal)));
        Assert.Empty(withoutColumn.Errors);
        Assert.True(string.IsNullOrEmpty(Assert.Single(withoutColumn.Orders).Request.BuyerChannelCode));
    }

    [Fact]
    public void Quoted_commas_semicolons_blank_lines_and_a_byte_order_mark_are_understood()
    {
        var semicolons = "\uFEFF" + string.Join("\r\n", Header.Replace(',', ';'), "", Row("A-1", "S-1", title: "\"Silk scarf; red\"").Replace(',', ';').Replace("\"Silk scarf; red\"", "\"Silk scarf, red\""));
        var parse = OrderCsv.Parse(OrderCsv.Decode(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(semicolons[1..])).ToArray()));
        Assert.Empty(parse.Errors);
        var line = Assert.Single(Assert.Single(parse.Orders).Request.Lines!);
        Assert.Equal("Silk scarf, red", line.Title);
        Assert.Equal(3, Assert.Single(parse.Orders).FirstLine);
    }

    [Fact]
    public void An_excel_export_in_gb18030_reads_as_chinese()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(Header + "\n" + Row("A-1", "S-1", title: "丝巾"));
        var line = Assert.Single(Assert.Single(OrderCsv.Parse(OrderCsv.Decode(bytes)).Orders).Request.Lines!);
        Assert.Equal("丝巾", line.Title);
    }

    [Fact]
    public void Unreadable_values_are_reported_by_line_and_column()
    {
        var parse = OrderCsv.Parse(string.Join("\n", Header, Row("A-1", "S-1", quantity: "two"), Row("B-2", "S-1", shipBy: "27/11/2026")));
        Assert.Contains(parse.Errors, e => e is { Line: 2, Column: "quantity" });
        Assert.Contains(parse.Errors, e => e is { Line: 3, Column: "shipBy" });
    }

    [Fact]
    public void A_header_with_unknown_missing_or_repeated_columns_is_refused()
    {
        var parse = OrderCsv.Parse("orderNumber,buyer,sku,sku\n1,2,3,4\n");
        Assert.Empty(parse.Orders);
        Assert.All(parse.Errors, e => Assert.Equal(1, e.Line));
        Assert.Contains(parse.Errors, e => e.Column == "buyer");
        Assert.Contains(parse.Errors, e => e.Column == "sku");
        Assert.Contains(parse.Errors, e => e.Column == "quantity");
        Assert.DoesNotContain(parse.Errors, e => e.Column == "addressLine2");
    }

    [Theory]
    [InlineData("")]
    [InlineData(Header)]
    public void An_empty_file_says_what_it_needs(string content) =>
        Assert.NotEmpty(OrderCsv.Parse(content).Errors);

    [Fact]
    public void Failures_of_an_order_are_located_in_the_file()
    {
        var order = new CsvOrder(5, new CreateOrderRequest(), [5, 9, 12]);
        Assert.Equal((9, "quantity"), OrderCsv.Locate(order, "Lines[1].Quantity"));
        Assert.Equal((5, "countryCode"), OrderCsv.Locate(order, "Recipient.CountryCode"));
        Assert.Equal((5, "addressLine1"), OrderCsv.Locate(order, "Recipient.Line1"));
        Assert.Equal((5, "shipBy"), OrderCsv.Locate(order, "ShipBy"));
        Assert.Equal((5, null), OrderCsv.Locate(order, "Lines"));
    }

    [Fact]
    public void The_sample_reads_without_errors()
    {
        var parse = OrderCsv.Parse(OrderCsv.Sample(DateTimeOffset.UtcNow));
        Assert.Empty(parse.Errors);
        Assert.Equal(2, parse.Orders.Count);
    }
}

public sealed class InboxCountsTests
{
    [Fact]
    public void A_count_above_the_cap_is_only_known_to_be_more()
    {
        var counts = new InboxCounts(10_001, 3, 0, Cap: 10_000);
        Assert.True(counts.IsCapped(OrderStatus.AwaitingShipment));
        Assert.False(counts.IsCapped(OrderStatus.PartiallyShipped));
        Assert.True(counts.IsCapped(null));
        Assert.False(new InboxCounts(10_001, 3, 0).IsCapped(null));
    }
}

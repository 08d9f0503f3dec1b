namespace Fulfilment.UnitTests.Orders;

/// <summary>Every (status, trigger) pair: the allowed ones move as the table says, all others are refused with a reason.</summary>
public sealed class OrderLifecycleTests
{
    public static TheoryData<OrderStatus, OrderTrigger, OrderStatus?> AllPairs()
    {
        var expected = new Dictionary<(OrderStatus, OrderTrigger), OrderStatus>
        {
            [(OrderStatus.AwaitingShipment, OrderTrigger.NoticeFiledPartly)] = OrderStatus.PartiallyShipped,
            [(OrderStatus.AwaitingShipment, OrderTrigger.NoticeFiledFully)] = OrderStatus.Shipped,
            [(OrderStatus.PartiallyShipped, OrderTrigger.NoticeFiledPartly)] = OrderStatus.PartiallyShipped,
            [(OrderStatus.PartiallyShipped, OrderTrigger.NoticeFiledFully)] = OrderStatus.Shipped,
            [(OrderStatus.PartiallyShipped, OrderTrigger.ShipmentConfirmedComplete)] = OrderStatus.Shipped,
            [(OrderStatus.Shipped, OrderTrigger.NoticeFiledPartly)] = OrderStatus.Shipped,
            [(OrderStatus.Shipped, OrderTrigger.NoticeFiledFully)] = OrderStatus.Shipped,
        };
        var data = new TheoryData<OrderStatus, OrderTrigger, OrderStatus?>();
        foreach (var from in Enum.GetValues<OrderStatus>())
        {
            foreach (var trigger in Enum.GetValues<OrderTrigger>())
            {
                data.Add(from, trigger, expected.TryGetValue((from, trigger), out var to) ? to : null);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Every_transition_is_allowed_or_refused_as_the_table_says(OrderStatus from, OrderTrigger trigger, OrderStatus? expected)
    {
        var result = OrderLifecycle.Next(from, trigger);
        if (expected is { } to)
        {
            Assert.True(result.IsSuccess);
            Assert.Equal(to, result.Value);
        }
        else
        {
            Assert.False(result.IsSuccess);
            Assert.Equal(ProblemCodes.InvalidState, result.Problem!.Code);
            Assert.False(string.IsNullOrWhiteSpace(result.Problem.Message));
        }
    }

    /// <summary>Every move the services make (FileShippingNoticeHandler.File and CompleteShipmentHandler.Complete), each through <see cref="Order.Apply"/>.</summary>
    public static TheoryData<string, OrderTrigger[], OrderStatus> ServiceMoves() => new()
    {
        { "a first notice for part of the order", [OrderTrigger.NoticeFiledPartly], OrderStatus.PartiallyShipped },
        { "a first notice (or external shipment) covering every unit", [OrderTrigger.NoticeFiledFully], OrderStatus.Shipped },
        { "another partial notice", [OrderTrigger.NoticeFiledPartly, OrderTrigger.NoticeFiledPartly], OrderStatus.PartiallyShipped },
        { "the notice that covers the rest", [OrderTrigger.NoticeFiledPartly, OrderTrigger.NoticeFiledFully], OrderStatus.Shipped },
        { "confirm shipment complete", [OrderTrigger.NoticeFiledPartly, OrderTrigger.ShipmentConfirmedComplete], OrderStatus.Shipped },
        { "a leftover parcel noticed after confirming complete", [OrderTrigger.NoticeFiledPartly, OrderTrigger.ShipmentConfirmedComplete, OrderTrigger.NoticeFiledPartly], OrderStatus.Shipped },
        { "the last leftover parcel noticed after confirming complete", [OrderTrigger.NoticeFiledPartly, OrderTrigger.ShipmentConfirmedComplete, OrderTrigger.NoticeFiledFully], OrderStatus.Shipped },
    };

    [Theory]
    [MemberData(nameof(ServiceMoves))]
    public void Every_move_a_service_makes_is_in_the_table(string move, OrderTrigger[] triggers, OrderStatus expected)
    {
        var order = new Order();
        foreach (var trigger in triggers)
        {
            Assert.True(order.Apply(trigger, DateTimeOffset.UtcNow, "seller@demo.test").IsSuccess, move);
        }

        Assert.Equal(expected, order.Status);
    }

    [Theory]
    [InlineData(OrderStatus.AwaitingShipment)]
    [InlineData(OrderStatus.Shipped)]
    public void Confirming_complete_is_refused_unless_partially_shipped(OrderStatus from)
    {
        var order = new Order();
        if (from == OrderStatus.Shipped)
        {
            Assert.True(order.Apply(OrderTrigger.NoticeFiledFully, DateTimeOffset.UtcNow, "a@x").IsSuccess);
        }

        var refused = order.Apply(OrderTrigger.ShipmentConfirmedComplete, DateTimeOffset.UtcNow, "a@x");
        Assert.False(refused.IsSuccess);
        Assert.Equal(from, order.Status);
        Assert.Null(order.CompletedBy);
    }

    [Theory]
    [InlineData(OrderStatus.AwaitingShipment, false, false)]
    [InlineData(OrderStatus.AwaitingShipment, true, true)]
    [InlineData(OrderStatus.PartiallyShipped, false, true)]
    [InlineData(OrderStatus.Shipped, false, false)]
    [InlineData(OrderStatus.Shipped, true, true)]
    public void Fill_in_shipping_notice_is_offered_as_one_rule_decides(OrderStatus status, bool parcelAwaitingNotice, bool offered) =>
        Assert.Equal(offered, AwaitingNotice.Order(status, parcelAwaitingNotice));

    [Fact]
    public void Confirming_complete_records_who_did_it()
    {
        var order = new Order();
        var now = DateTimeOffset.UtcNow;
        Assert.True(order.Apply(OrderTrigger.NoticeFiledPartly, now, "a@x").IsSuccess);
        Assert.True(order.Apply(OrderTrigger.ShipmentConfirmedComplete, now, "seller@demo.test").IsSuccess);
        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Equal("seller@demo.test", order.CompletedBy);
    }

    [Fact]
    public void A_line_never_ships_more_than_ordered_and_gives_back_on_cancel()
    {
        var line = new OrderLine { Sku = "A", Quantity = 3 };
        Assert.True(line.TryAllocate(2));
        Assert.False(line.TryAllocate(2));
        Assert.False(line.TryAllocate(0));
        Assert.True(line.TryAllocate(1));
        Assert.Equal(0, line.RemainingQuantity);
        line.Release(2);
        Assert.Equal(2, line.RemainingQuantity);
        Assert.Throws<InvalidOperationException>(() => line.Release(5));
    }
}

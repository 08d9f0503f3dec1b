namespace Fulfilment.UnitTests.Orders;

public sealed class UrgencyTests
{
    // 17:00 UTC on 6 December is 01:00 on 7 December in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 17, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void At_1am_shanghai_time_an_order_due_that_local_day_is_due_today_and_one_due_the_day_before_is_overdue()
    {
        var shanghai = LocalTime.Of("Asia/Shanghai");
        Assert.Equal(ShipByUrgency.DueToday, Urgency.Of(OrderStatus.AwaitingShipment, new DateTimeOffset(2026, 12, 7, 20, 0, 0, China), Now, shanghai));
        Assert.Equal(ShipByUrgency.Overdue, Urgency.Of(OrderStatus.AwaitingShipment, new DateTimeOffset(2026, 12, 6, 23, 30, 0, China), Now, shanghai));
        Assert.Equal(ShipByUrgency.Upcoming, Urgency.Of(OrderStatus.PartiallyShipped, new DateTimeOffset(2026, 12, 8, 0, 0, 0, China), Now, shanghai));
        Assert.Equal(ShipByUrgency.Done, Urgency.Of(OrderStatus.Shipped, new DateTimeOffset(2026, 12, 6, 23, 30, 0, China), Now, shanghai));
    }

    [Fact]
    public void On_the_utc_day_the_same_order_is_not_due_today_yet()
    {
        Assert.Equal(ShipByUrgency.Upcoming, Urgency.Of(OrderStatus.AwaitingShipment, new DateTimeOffset(2026, 12, 7, 20, 0, 0, China), Now, LocalTime.Utc));
    }
}

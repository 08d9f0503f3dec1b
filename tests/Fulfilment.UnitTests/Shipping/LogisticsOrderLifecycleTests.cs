namespace Fulfilment.UnitTests.Shipping;

public sealed class LogisticsOrderLifecycleTests
{
    public static TheoryData<LogisticsOrderStatus, LogisticsOrderTrigger, LogisticsOrderStatus?> AllPairs()
    {
        var expected = new Dictionary<(LogisticsOrderStatus, LogisticsOrderTrigger), LogisticsOrderStatus>
        {
            [(LogisticsOrderStatus.PickupRequested, LogisticsOrderTrigger.PickupAccepted)] = LogisticsOrderStatus.AwaitingHandover,
            [(LogisticsOrderStatus.PickupRequested, LogisticsOrderTrigger.PickupRejected)] = LogisticsOrderStatus.AwaitingHandover,
            [(LogisticsOrderStatus.AwaitingHandover, LogisticsOrderTrigger.ReceivedAtWarehouse)] = LogisticsOrderStatus.ReceivedAtWarehouse,
            [(LogisticsOrderStatus.AwaitingHandover, LogisticsOrderTrigger.Cancel)] = LogisticsOrderStatus.Cancelled,
            [(LogisticsOrderStatus.PickupRequested, LogisticsOrderTrigger.Cancel)] = LogisticsOrderStatus.Cancelled,
        };
        var data = new TheoryData<LogisticsOrderStatus, LogisticsOrderTrigger, LogisticsOrderStatus?>();
        foreach (var from in Enum.GetValues<LogisticsOrderStatus>())
        {
            foreach (var trigger in Enum.GetValues<LogisticsOrderTrigger>())
            {
                data.Add(from, trigger, expected.TryGetValue((from, trigger), out var to) ? to : null);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Every_transition_is_allowed_or_refused_as_the_table_says(LogisticsOrderStatus from, LogisticsOrderTrigger trigger, LogisticsOrderStatus? expected)
    {
        var result = LogisticsOrderLifecycle.Next(from, trigger);
        if (expected is { } to)
        {
            Assert.True(result.IsSuccess);
            Assert.Equal(to, result.Value);
        }
        else
        {
            Assert.Equal(ProblemCodes.InvalidState, result.Problem!.Code);
            Assert.False(string.IsNullOrWhiteSpace(result.Problem.Message));
        }
    }

    private static LogisticsOrder Parcel(HandoverMode mode = HandoverMode.DoorPickup)
    {
        var parcel = new LogisticsOrder { WaybillNumber = "LP473124829CN", ReturnServiceFee = 5m };
        parcel.Open(mode, warehouseId: 1, freight: 40m, DateTimeOffset.UtcNow);
        return parcel;
    }

    [Fact]
    public void Opening_charges_freight_and_return_fee()
    {
        var parcel = Parcel();
        Assert.Equal(LogisticsOrderStatus.AwaitingHandover, parcel.Status);
        Assert.Equal(45m, parcel.Charged);
    }

    [Fact]
    public void A_rejected_pickup_becomes_a_self_send_to_the_transit_warehouse()
    {
        var parcel = Parcel(HandoverMode.PickupRequested);
        Assert.Equal(LogisticsOrderStatus.PickupRequested, parcel.Status);
        Assert.True(parcel.RejectPickup(transitWarehouseId: 9, DateTimeOffset.UtcNow).IsSuccess);
        Assert.Equal(HandoverMode.SelfSend, parcel.HandoverMode);
        Assert.Equal(9, parcel.WarehouseId);
        Assert.Equal(LogisticsOrderStatus.AwaitingHandover, parcel.Status);
    }

    [Fact]
    public void A_noticed_parcel_cannot_be_cancelled_and_says_why()
    {
        var parcel = Parcel();
        Assert.True(parcel.FileNotice(1, DateTimeOffset.UtcNow).IsSuccess);
        var cancel = parcel.Cancel(DateTimeOffset.UtcNow, "seller");
        Assert.Equal(ProblemCodes.InvalidState, cancel.Problem!.Code);
        Assert.Contains("notice", cancel.Problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_notice_is_filed_once_and_never_for_a_cancelled_parcel()
    {
        var parcel = Parcel();
        Assert.True(parcel.FileNotice(1, DateTimeOffset.UtcNow).IsSuccess);
        Assert.False(parcel.FileNotice(2, DateTimeOffset.UtcNow).IsSuccess);
        var cancelled = Parcel();
        Assert.True(cancelled.Cancel(DateTimeOffset.UtcNow, "seller").IsSuccess);
        Assert.Equal(0m, cancelled.Charged);
        Assert.False(cancelled.FileNotice(3, DateTimeOffset.UtcNow).IsSuccess);
    }

    [Fact]
    public void Receiving_records_the_measured_weight_and_adjusts_the_charge()
    {
        var parcel = Parcel();
        Assert.True(parcel.Receive(500, 3.50m, DateTimeOffset.UtcNow, "staff").IsSuccess);
        Assert.Equal(500, parcel.MeasuredWeightGrams);
        Assert.Equal(43.50m, parcel.Freight);
        Assert.Equal(48.50m, parcel.Charged);
        Assert.False(parcel.Receive(500, 0m, DateTimeOffset.UtcNow, "staff").IsSuccess);
    }
}

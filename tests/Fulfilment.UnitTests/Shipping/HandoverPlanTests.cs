namespace Fulfilment.UnitTests.Shipping;

public sealed class HandoverPlanTests
{
    private static readonly Warehouse Hangzhou = new() { Id = 1, Code = "HZ", Kind = WarehouseKind.Collection, ServiceCities = ["Hangzhou"] };
    private static readonly Warehouse Shenzhen = new() { Id = 2, Code = "SZ", Kind = WarehouseKind.Collection, ServiceCities = ["Shenzhen"] };
    private static readonly Warehouse Yiwu = new() { Id = 3, Code = "YW", Kind = WarehouseKind.Transit, IsDefaultTransit = true };
    private static readonly Warehouse OtherTransit = new() { Id = 4, Code = "AA", Kind = WarehouseKind.Transit };
    private static readonly Warehouse[] All = [Hangzhou, Shenzhen, Yiwu, OtherTransit];

    private static Address Sender(string city) => new() { City = city, PostalCode = "000000" };

    [Fact]
    public void A_sender_in_a_collection_range_gets_a_door_pickup_by_that_warehouse()
    {
        var plan = HandoverPlan.Decide(All, Sender("Hangzhou"), HandoverChoice.Auto, null);
        Assert.Equal(new HandoverPlan(HandoverMode.DoorPickup, Hangzhou), plan.Value);
    }

    [Fact]
    public void A_sender_outside_every_range_self_sends_to_the_designated_transit_warehouse()
    {
        var plan = HandoverPlan.Decide(All, Sender("Chengdu"), HandoverChoice.Auto, null);
        Assert.Equal(new HandoverPlan(HandoverMode.SelfSend, Yiwu), plan.Value);
    }

    [Fact]
    public void Without_a_designated_transit_warehouse_auto_is_refused_with_the_reason()
    {
        var plan = HandoverPlan.Decide([Hangzhou, OtherTransit], Sender("Chengdu"), HandoverChoice.Auto, null);
        Assert.Equal(ProblemCodes.InvalidState, plan.Problem?.Code);
    }

    [Theory]
    [InlineData("sz")]
    [InlineData(" SZ ")]
    public void Requesting_a_pickup_asks_the_chosen_collection_warehouse(string code)
    {
        var plan = HandoverPlan.Decide(All, Sender("Chengdu"), HandoverChoice.RequestPickup, code);
        Assert.Equal(new HandoverPlan(HandoverMode.PickupRequested, Shenzhen), plan.Value);
    }

    [Theory]
    [InlineData("YW")]
    [InlineData("NOPE")]
    [InlineData(null)]
    public void Only_an_active_collection_warehouse_can_be_asked(string? code)
    {
        var inactive = new Warehouse { Id = 5, Code = "OFF", Kind = WarehouseKind.Collection, Active = false };
        Assert.Equal(ProblemCodes.ValidationFailed, HandoverPlan.Decide([.. All, inactive], Sender("Chengdu"), HandoverChoice.RequestPickup, code).Problem?.Code);
        Assert.Equal(ProblemCodes.ValidationFailed, HandoverPlan.Decide([.. All, inactive], Sender("Chengdu"), HandoverChoice.RequestPickup, "OFF").Problem?.Code);
    }
}

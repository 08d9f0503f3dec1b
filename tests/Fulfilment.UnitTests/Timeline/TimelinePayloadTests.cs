using Fulfilment.Timeline;

namespace Fulfilment.UnitTests.Timeline;

/// <summary>Each kind's typed particulars are stored under the keys the contract documents, and read back the same.</summary>
public sealed class TimelinePayloadTests
{
    private static readonly (TimelineEventKind Kind, TimelinePayload Payload)[] Examples =
    [
        (TimelineEventKind.AccountBound, new AccountData("Alipay", "**** 9995")),
        (TimelineEventKind.AccountRebound, new AccountData("BankCard", "**** 1234")),
        (TimelineEventKind.ToppedUp, new ToppedUpData(45m, 145.5m)),
        (TimelineEventKind.OrderImported, new OrderImportedData(OrderImportedData.Csv, "orders.csv")),
        (TimelineEventKind.OrderImported, new OrderImportedData(OrderImportedData.Api)),
        (TimelineEventKind.LogisticsOrderCreated, new LogisticsOrderCreatedData("LP000000017CN", "Cainiao", 18.5m, 5m, HandoverMode.DoorPickup, "Hangzhou", 3)),
        (TimelineEventKind.FreightCharged, new FreightChargedData("LP000000017CN", 23.5m, 20m, 3.5m)),
        (TimelineEventKind.LabelPrinted, new LabelPrintedData("LP000000017CN", 2, "zpl")),
        (TimelineEventKind.PickupRequested, new PickupData("LP000000017CN", "Hangzhou")),
        (TimelineEventKind.PickupAccepted, new PickupData("LP000000017CN", "Hangzhou")),
        (TimelineEventKind.PickupRejected, new PickupRejectedData("LP000000017CN", "Hangzhou", "Too far", "Yiwu")),
        (TimelineEventKind.ReceivedAtWarehouse, new ReceivedData("LP000000017CN", "Hangzhou", 300, 320)),
        (TimelineEventKind.FreightAdjusted, new FreightAdjustedData("LP000000017CN", -19m, 300)),
        (TimelineEventKind.NoticeFiled, new NoticeFiledData(["LP000000017CN", "SF 123"], new DateTimeOffset(2026, 12, 6, 8, 30, 0, TimeSpan.FromHours(8)))),
        (TimelineEventKind.LogisticsOrderCancelled, new WaybillData("LP000000017CN")),
        (TimelineEventKind.HandedOver, new WaybillData("LP000000017CN")),
        (TimelineEventKind.Refunded, new RefundedData("LP000000017CN", 23.5m)),
        (TimelineEventKind.HeldForBalance, new HoldData("LP000000017CN", "Hangzhou", 900, 12m, 0m)),
        (TimelineEventKind.HeldOverWeight, new HoldData("LP000000017CN", "Hangzhou", 40000)),
        (TimelineEventKind.ExternalShipmentDeclared, new ExternalShipmentData("SF Express", "SF123", null, 2, "A × 2")),
    ];

    [Fact]
    public void Stored_under_the_documented_keys_and_read_back()
    {
        foreach (var (kind, payload) in Examples)
        {
            var data = payload.ToData();

            Assert.All(data.Keys, key => Assert.Contains(key, TimelineData.Keys(kind)));
            Assert.All(data.Keys, key => Assert.True(TimelineData.KeyMeanings.ContainsKey(key), key));
            Assert.Equal(payload, TimelinePayload.Read(kind, data));
        }
    }

    [Fact]
    public void Every_kind_with_documented_keys_has_a_payload()
    {
        foreach (var kind in Enum.GetValues<TimelineEventKind>().Where(k => TimelineData.Keys(k).Count > 0))
        {
            Assert.Contains(kind, Examples.Select(e => e.Kind));
        }
    }

    [Fact]
    public void Money_is_stored_with_two_decimals_and_times_in_utc()
    {
        Assert.Equal("45.00", new ToppedUpData(45m, 0m).ToData()["amount"]);
        Assert.Equal("-19.00", new FreightAdjustedData("W", -19m, 1).ToData()["amount"]);
        Assert.Equal("2026-12-06T00:30:00.0000000Z", new NoticeFiledData(["W"], new DateTimeOffset(2026, 12, 6, 8, 30, 0, TimeSpan.FromHours(8))).ToData()["shippedAt"]);
        Assert.False(new HoldData("W", "H", 1).ToData().ContainsKey("amount"));
    }
}

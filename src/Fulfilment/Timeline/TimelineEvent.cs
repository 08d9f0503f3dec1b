namespace Fulfilment.Timeline;

/// <summary>
/// One step on the timeline: who did what, when. Order-less events (binding the account, a top-up) belong to the
/// store. <see cref="Data"/> holds the step's particulars (waybill, amount, reason…) so each language can word it.
/// </summary>
public sealed class TimelineEvent
{
    public long Id { get; set; }
    public long StoreId { get; set; }
    public long? OrderId { get; set; }
    public long? LogisticsOrderId { get; set; }
    public DateTimeOffset At { get; set; }
    public TimelineEventKind Kind { get; set; }
    public string Actor { get; set; } = "";
    /// <summary>The stored particulars, keyed as <see cref="TimelineData"/> documents (what the API answers).</summary>
    public Dictionary<string, string> Data { get; set; } = [];

    /// <summary>The particulars typed for this <see cref="Kind"/> (what views read).</summary>
    public TimelinePayload? Payload => TimelinePayload.Read(Kind, Data);
}

namespace Fulfilment.UnitTests;

public sealed class ClockTests
{
    [Fact]
    public void The_clock_keeps_microseconds_as_postgresql_does()
    {
        var now = new SystemClock().UtcNow;
        Assert.Equal(0, now.Ticks % TimeSpan.TicksPerMicrosecond);
        Assert.Equal(TimeSpan.Zero, now.Offset);
    }

    [Fact]
    public void A_sent_time_is_stored_in_utc_to_the_microsecond() =>
        Assert.Equal(
            new DateTimeOffset(2026, 11, 20, 2, 30, 0, TimeSpan.Zero).AddTicks(1_234_560),
            Timestamps.Normalize(DateTimeOffset.Parse("2026-11-20T10:30:00.1234567+08:00", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_page_far_beyond_any_list_does_not_overflow_the_offset()
    {
        var page = new PageRequest(20_000_000, 200);
        Assert.Equal(PageRequest.MaxPage, page.SafePage);
        Assert.True(page.Skip >= 0);
    }
}

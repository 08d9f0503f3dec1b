namespace Fulfilment.UnitTests;

public sealed class LocalTimeTests
{
    private static readonly LocalTime Shanghai = LocalTime.Of("Asia/Shanghai");

    [Fact]
    public void At_1am_in_shanghai_the_day_began_at_16_00_utc_the_previous_utc_day()
    {
        var now = new DateTimeOffset(2026, 12, 6, 17, 0, 0, TimeSpan.Zero); // 2026-12-07 01:00 in Shanghai
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 16, 0, 0, TimeSpan.Zero), Shanghai.StartOfDay(now));
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 16, 0, 0, TimeSpan.Zero), Shanghai.StartOfNextDay(now));
        Assert.Equal(new DateTime(2026, 12, 7, 1, 0, 0), Shanghai.ToLocal(now).DateTime);
        Assert.Equal("Asia/Shanghai (UTC+08:00)", Shanghai.Describe(now));
    }

    [Fact]
    public void A_day_with_a_clock_change_is_23_hours_long_and_the_offset_named_is_the_one_in_force()
    {
        var berlin = LocalTime.Of("Europe/Berlin");
        var start = berlin.StartOf(new DateOnly(2026, 3, 29));
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(TimeSpan.FromHours(23), berlin.StartOf(new DateOnly(2026, 3, 30)) - start);
        Assert.Equal("Europe/Berlin (UTC+01:00)", berlin.Describe(new DateTimeOffset(2026, 1, 10, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal("America/New_York (UTC-04:00)", LocalTime.Of("America/New_York").Describe(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 10, 30, 0, TimeSpan.Zero), berlin.FromLocal(new DateTime(2026, 7, 1, 12, 30, 0)));
    }

    [Theory]
    [InlineData("Asia/Shanghai", true)]
    [InlineData("Europe/Berlin", true)]
    [InlineData("America/Argentina/Buenos_Aires", true)]
    [InlineData("UTC", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("China Standard Time", false)]
    [InlineData("../../etc/passwd", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_known_iana_zone_ids_are_accepted(string? id, bool known) => Assert.Equal(known, LocalTime.IsKnownZone(id));

    [Fact]
    public void An_id_is_kept_as_the_time_zone_database_spells_it_and_an_unknown_stored_one_reads_as_utc()
    {
        Assert.Equal("Asia/Shanghai", LocalTime.Canonical(" asia/shanghai "));
        Assert.Null(LocalTime.Canonical("Nowhere/Atlantis"));
        Assert.Same(LocalTime.Utc, LocalTime.Of("Nowhere/Atlantis"));
        Assert.Contains("Asia/Shanghai", LocalTime.KnownZoneIds());
    }
}

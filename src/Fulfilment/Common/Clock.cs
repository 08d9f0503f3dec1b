namespace Fulfilment.Common;

/// <summary>The time, behind an interface so tests can move it.</summary>
public interface IClock
{
    DateTimeOffset UtcNow { get; }
}

/// <summary>
/// The system's time in UTC, to the microsecond: PostgreSQL keeps microseconds, so a time an answer shows right
/// after it was stored is the time every later read shows.
/// </summary>
public sealed class SystemClock : IClock
{
    public DateTimeOffset UtcNow => Timestamps.Normalize(DateTimeOffset.UtcNow);
}

public static class Timestamps
{
    /// <summary>No order, notice or parcel of this business is older: earlier dates are a client's mistake.</summary>
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The time in UTC, cut to whole microseconds, as the database will keep it.</summary>
    public static DateTimeOffset Normalize(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
}

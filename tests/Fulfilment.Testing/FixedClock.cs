using Fulfilment.Common;

namespace Fulfilment.Testing;

/// <summary>A clock that reads what the test set.</summary>
public sealed class FixedClock(DateTimeOffset now) : IClock
{
    public DateTimeOffset UtcNow { get; set; } = Timestamps.Normalize(now);
}

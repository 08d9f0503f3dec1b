namespace Fulfilment.Common;

/// <summary>
/// A time zone as a store or a warehouse works in it: where its day starts and ends, and what a stored UTC instant
/// reads as on its clocks. Instants stay UTC everywhere else (database, API); only "today" and what a page shows are
/// local. The one place the conversion is done.
/// </summary>
public sealed class LocalTime
{
    /// <summary>The zone of the demo data and of every new store and warehouse.</summary>
    public const string DefaultZoneId = "Asia/Shanghai";

    /// <summary>Longest IANA id stored (the longest real ones are about 30 characters).</summary>
    public const int MaxZoneIdLength = 64;

    public static readonly LocalTime Utc = new(TimeZoneInfo.Utc, "UTC");

    private LocalTime(TimeZoneInfo zone, string id)
    {
        Zone = zone;
        ZoneId = id;
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>The IANA id, e.g. <c>Asia/Shanghai</c>.</summary>
    public string ZoneId { get; }

    /// <summary>The zone of an IANA id; a stored id this machine no longer knows reads as UTC rather than failing a page.</summary>
    public static LocalTime Of(string? zoneId) => TryFind(zoneId, out var zone) ? zone : Utc;

    /// <summary>True for a known IANA time-zone id (e.g. <c>Europe/Berlin</c>, <c>UTC</c>); Windows names are refused.</summary>
    public static bool IsKnownZone(string? zoneId) => TryFind(zoneId, out _);

    private static readonly Lazy<IReadOnlyList<string>> Known = new(() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Append("UTC").Distinct().Order(StringComparer.Ordinal)]);

    /// <summary>The IANA ids this machine knows, for pickers.</summary>
    public static IReadOnlyList<string> KnownZoneIds() => Known.Value;

    /// <summary>The id as the time-zone database spells it (<c>asia/shanghai</c> → <c>Asia/Shanghai</c>); null when unknown.</summary>
    public static string? Canonical(string? zoneId) => TryFind(zoneId, out var zone) ? zone.ZoneId : null;

    public static bool TryFind(string? zoneId, out LocalTime zone)
    {
        zone = Utc;
        var id = zoneId?.Trim();
        if (string.IsNullOrEmpty(id) || id.Length > MaxZoneIdLength || id.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+')))
        {
            return false;
        }

        try
        {
            var found = TimeZoneInfo.FindSystemTimeZoneById(id);
            if (!found.HasIanaId)
            {
                return false;
            }

            // Lookups may ignore case: keep the database's spelling, so one zone is stored one way.
            zone = new LocalTime(found, Known.Value.FirstOrDefault(k => string.Equals(k, id, StringComparison.OrdinalIgnoreCase)) ?? id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>What <paramref name="instant"/> reads as on this zone's clocks (with its offset).</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The UTC instant at which the local day holding <paramref name="instant"/> starts.</summary>
    public DateTimeOffset StartOfDay(DateTimeOffset instant) => StartOf(DateOnly.FromDateTime(ToLocal(instant).DateTime));

    /// <summary>The UTC instant at which the local day after the one holding <paramref name="instant"/> starts.</summary>
    public DateTimeOffset StartOfNextDay(DateTimeOffset instant) => StartOf(DateOnly.FromDateTime(ToLocal(instant).DateTime).AddDays(1));

    /// <summary>The UTC instant a local calendar day starts (a midnight skipped by a clock change starts at the next valid minute).</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Zone), TimeSpan.Zero);
    }

    /// <summary>The UTC instant of a wall-clock time in this zone (an ambiguous hour reads as the first of the two).</summary>
    public DateTimeOffset FromLocal(DateTime wallClock)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The zone named for people: <c>Asia/Shanghai (UTC+08:00)</c>, with the offset in force at <paramref name="instant"/>.</summary>
    public string Describe(DateTimeOffset instant)
    {
        var offset = Zone.GetUtcOffset(instant);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(CultureInfo.InvariantCulture, $"{ZoneId} (UTC{sign}{offset.Duration():hh\\:mm})");
    }
}

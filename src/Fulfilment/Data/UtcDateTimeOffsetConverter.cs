using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Fulfilment.Data;

/// <summary>PostgreSQL stores instants in UTC and Npgsql refuses other offsets: convert whatever a client sent.</summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);

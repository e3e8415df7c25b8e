using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Remiv.Infrastructure.Persistence;

/// <summary>Stores an instant as its UTC ticks (a sortable integer) and reads it back in UTC.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

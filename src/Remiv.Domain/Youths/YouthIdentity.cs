namespace Remiv.Domain.Youths;

/// <summary>What the young person said of themselves, or what documents show. Checked by <see cref="Youth"/>.</summary>
public sealed record YouthIdentity(
    string FirstName,
    string LastName,
    DateOnly? BirthDate,
    BirthDateStanding BirthDateStanding,
    Sex Sex,
    string? Nationality,
    IReadOnlyList<string> Languages,
    bool InterpreterNeeded,
    string? Phone,
    DateOnly? ArrivalInFrance,
    string? ReferredBy,
    string? Accommodation);

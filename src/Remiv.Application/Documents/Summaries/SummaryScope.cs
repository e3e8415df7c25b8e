using System.Diagnostics.CodeAnalysis;
using FluentValidation;
using Remiv.Application.Common;
using Remiv.Domain.Youths;

namespace Remiv.Application.Documents.Summaries;

/// <summary>What a summary (or a batch of them) covers: the tracks (null or empty: every track one may read) and the period.</summary>
public interface ISummaryScope
{
    IReadOnlyList<Track>? Tracks { get; }

    DateOnly? From { get; }

    [SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "The period's end, named as in the requests and the API (from, to).")]
    DateOnly? To { get; }
}

/// <summary>The period a summary covers, both ends included: by default the last six months up to today.</summary>
public readonly record struct SummaryPeriod(DateOnly From, DateOnly To)
{
    public const int DefaultMonths = 6;

    public const int MaxYears = 10;

    /// <summary>
    /// Fills the missing ends: the end is today (or the start, when it lies ahead); the start is six months before the
    /// end. A start after the end is left as given: <see cref="SummaryScopeRules"/> refuses it.
    /// </summary>
    public static SummaryPeriod Of(ISummaryScope scope, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var to = scope.To ?? (scope.From is { } from && from > today ? from : today);
        return new SummaryPeriod(scope.From ?? to.AddMonths(-DefaultMonths), to);
    }

    /// <summary>The end does not come before the start.</summary>
    public bool Ordered => To >= From;

    /// <summary>Ten years at most.</summary>
    public bool WithinMaximum => To <= From.AddYears(MaxYears);
}

/// <summary>
/// The checks every summary request shares (one summary, a batch): known tracks, a period that ends after it starts and
/// lasts ten years at most (its missing ends filled as <see cref="SummaryPeriod.Of"/> does). Whether the user may read the
/// tracks depends on who asks: the handlers check it.
/// </summary>
public sealed class SummaryScopeRules : AbstractValidator<ISummaryScope>
{
    public SummaryScopeRules(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(s => s.Tracks).Must(tracks => tracks is null || tracks.All(Enum.IsDefined)).WithMessage("Ce volet n'existe pas.");
        RuleFor(s => s.From).Must(InRange).WithMessage(OutOfRange);
        RuleFor(s => s.To).Must(InRange).WithMessage(OutOfRange);
        RuleFor(s => s.To).Must((s, _) => Period(s, clock).Ordered)
            .When(s => InRange(s.From) && InRange(s.To))
            .WithMessage("La fin de la période doit venir après son début.");
        RuleFor(s => s.To).Must((s, _) => !Period(s, clock).Ordered || Period(s, clock).WithinMaximum)
            .When(s => s.To is not null && InRange(s.From) && InRange(s.To)).WithMessage("Choisissez une période de dix ans au plus.");
        RuleFor(s => s.From).Must((s, _) => !Period(s, clock).Ordered || Period(s, clock).WithinMaximum)
            .When(s => s.To is null && InRange(s.From)).WithMessage("Choisissez une période de dix ans au plus.");
    }

    public const string OutOfRange = "Choisissez une date entre 1900 et 2199.";

    /// <summary>A date the period arithmetic can work with (and a plausible one): from 1900 to 2199.</summary>
    private static bool InRange(DateOnly? day) => day is not { } d || d.Year is >= 1900 and < 2200;

    private static SummaryPeriod Period(ISummaryScope scope, TimeProvider clock) => SummaryPeriod.Of(scope, clock.Today());
}

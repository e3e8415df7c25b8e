using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Figures.Queries;

/// <summary>
/// The figures of psychological follow-up for a period of hub days (From and To included, Europe/Paris, a year at most):
/// sessions held, youth absent, cancelled (and by whom), planned; first sessions; young people seen; waiting time from
/// request to first session; interpreters by language. Counts of the whole hub, no names. The activity reports reuse it.
/// </summary>
[RequiresPermission(Permission.ViewPsychologyFigures)]
public sealed record GetPsychologyFigures(DateOnly From, DateOnly To) : IQuery<PsychologyFigures>;

public sealed class GetPsychologyFiguresValidator : AbstractValidator<GetPsychologyFigures>
{
    public const int MaxDays = 366;

    private static readonly DateOnly Earliest = new(1900, 1, 1);
    private static readonly DateOnly Latest = new(2199, 12, 31);

    public GetPsychologyFiguresValidator()
    {
        RuleFor(q => q.From).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Indiquez le premier jour de la période.")
            .InclusiveBetween(Earliest, Latest).WithMessage("Saisissez une date valide (jj/mm/aaaa).");
        RuleFor(q => q.To).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Indiquez le dernier jour de la période.")
            .InclusiveBetween(Earliest, Latest).WithMessage("Saisissez une date valide (jj/mm/aaaa).");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithMessage("La fin de la période doit venir après son début.")
            .When(Readable);
        RuleFor(q => q.To).Must((q, to) => to.DayNumber - q.From.DayNumber + 1 <= MaxDays).WithMessage("Choisissez une période d'un an au plus.")
            .When(Readable);
    }

    /// <summary>Both days given and plausible: only then are they compared.</summary>
    private static bool Readable(GetPsychologyFigures query) =>
        query.From >= Earliest && query.From <= Latest && query.To >= Earliest && query.To <= Latest;
}

public sealed class GetPsychologyFiguresHandler(IApplicationDbContext db, IIdentityService identity) : IQueryHandler<GetPsychologyFigures, PsychologyFigures>
{
    public async ValueTask<PsychologyFigures> Handle(GetPsychologyFigures query, CancellationToken cancellationToken)
    {
        var (from, to) = (StartOf(query.From), StartOf(query.To.AddDays(1)));
        // Aggregates in the database, columns only: neither the cancellation reason nor the interpreter's name leave it.
        var period = db.Sessions.AsNoTracking().Where(s => s.Start >= from && s.Start < to);
        var counts = await period.GroupBy(s => new { s.Kind, s.Status })
            .Select(g => new { g.Key.Kind, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var seen = await period.Where(s => s.Status == SessionStatus.Held).Select(s => s.YouthId).Distinct().CountAsync(cancellationToken);
        var cancellers = await period.Where(s => s.Status == SessionStatus.Cancelled)
            .GroupBy(s => new { s.CancelledBy, Own = s.CancelledBy == s.PsychologistId })
            .Select(g => new CancellerCount(g.Key.CancelledBy, g.Key.Own, g.Count()))
            .ToListAsync(cancellationToken);
        var interpreters = await period.Where(s => s.InterpreterLanguage != null && s.Status != SessionStatus.Cancelled)
            .GroupBy(s => s.InterpreterLanguage!)
            .Select(g => new InterpreterUse(g.Key, g.Count(), g.Count(s => s.InterpreterBooking != null)))
            .ToListAsync(cancellationToken);

        SessionCounts Count(Func<SessionKind, bool> kind) => new(
            counts.Where(c => kind(c.Kind) && c.Status == SessionStatus.Held).Sum(c => c.Count),
            counts.Where(c => kind(c.Kind) && c.Status == SessionStatus.YouthAbsent).Sum(c => c.Count),
            counts.Where(c => kind(c.Kind) && c.Status == SessionStatus.Cancelled).Sum(c => c.Count),
            counts.Where(c => kind(c.Kind) && c.Status == SessionStatus.Planned).Sum(c => c.Count));

        return new PsychologyFigures(
            query.From,
            query.To,
            Count(_ => true),
            Count(k => k == SessionKind.First),
            await CancellationsAsync(cancellers, cancellationToken),
            seen,
            await WaitingAsync(period, from, to, cancellationToken),
            [.. interpreters.OrderByDescending(u => u.Sessions).ThenBy(u => u.Language, StringComparer.Ordinal)]);
    }

    /// <summary>Midnight of a hub day, as an instant (midnight always exists in Paris: the hour changes at 2:00 and 3:00).</summary>
    public static DateTimeOffset StartOf(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), HubCalendar.Zone), TimeSpan.Zero);

    /// <summary>The session's psychologist, the coordination (an account that is a coordinator now), or anyone else.</summary>
    private async Task<CancellationCounts> CancellationsAsync(IReadOnlyCollection<CancellerCount> cancellers, CancellationToken cancellationToken)
    {
        var coordinators = new HashSet<Guid>();
        foreach (var by in cancellers.Where(c => !c.Own).Select(c => c.By).OfType<Guid>().Distinct())
        {
            if (await identity.FindUserAsync(by, cancellationToken) is { } account && account.Roles.Contains(Roles.Coordinator))
            {
                coordinators.Add(by);
            }
        }

        var byPsychologist = cancellers.Where(c => c.Own).Sum(c => c.Count);
        var byHub = cancellers.Where(c => !c.Own && c.By is { } by && coordinators.Contains(by)).Sum(c => c.Count);
        return new CancellationCounts(byPsychologist, byHub, cancellers.Sum(c => c.Count) - byPsychologist - byHub);
    }

    /// <summary>
    /// For the young people with a session (not cancelled) in the period: each request answered by a first session (not
    /// waiting, not withdrawn), from the day of the request to the start of the session that answered it (booked from the
    /// waiting list) or else the first "first session" after it; the wait counts when that session starts in the period.
    /// The young person's ordinary follow-up sessions never end a wait.
    /// </summary>
    private async Task<WaitingTimes> WaitingAsync(IQueryable<Session> period, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var youths = period.Where(s => s.Status != SessionStatus.Cancelled).Select(s => s.YouthId);

        // Never the reason: it is stored encrypted, and not needed here.
        var requests = await db.FollowUpRequests.AsNoTracking()
            .Where(r => youths.Contains(r.YouthId) && r.Status == RequestStatus.Scheduled && r.RequestedAt < to)
            .Select(r => new { r.Id, r.YouthId, r.RequestedAt })
            .ToListAsync(cancellationToken);
        var firsts = await db.Sessions.AsNoTracking()
            .Where(s => youths.Contains(s.YouthId) && s.Status != SessionStatus.Cancelled && s.Start < to && (s.RequestId != null || s.Kind == SessionKind.First))
            .Select(s => new { s.YouthId, s.Start, s.RequestId })
            .ToListAsync(cancellationToken);
        var byRequest = firsts.Where(s => s.RequestId is not null).GroupBy(s => s.RequestId!.Value).ToDictionary(g => g.Key, g => g.Min(s => s.Start));
        var byYouth = firsts.GroupBy(s => s.YouthId).ToDictionary(g => g.Key, g => g.Select(s => s.Start).Order().ToList());

        var days = new List<int>();
        foreach (var request in requests)
        {
            DateTimeOffset? answered = byRequest.TryGetValue(request.Id, out var booked) ? booked
                : byYouth.TryGetValue(request.YouthId, out var starts) ? FirstFrom(starts, request.RequestedAt) : null;
            if (answered is not { } start || start < from)
            {
                continue;
            }

            days.Add(HubCalendar.DayOf(start).DayNumber - HubCalendar.DayOf(request.RequestedAt).DayNumber);
        }

        if (days.Count == 0)
        {
            return new WaitingTimes(0, null, null);
        }

        days.Sort();
        var middle = days.Count / 2;
        var median = days.Count % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2.0;
        return new WaitingTimes(days.Count, median, days.Average());
    }

    /// <summary>The first of the sorted starts at or after the moment, if any (a binary search for the lower bound).</summary>
    private static DateTimeOffset? FirstFrom(List<DateTimeOffset> starts, DateTimeOffset moment)
    {
        var (low, high) = (0, starts.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = starts[middle] < moment ? (middle + 1, high) : (low, middle);
        }

        return low < starts.Count ? starts[low] : null;
    }

    private sealed record CancellerCount(Guid? By, bool Own, int Count);
}

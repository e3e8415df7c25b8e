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
        // Columns only: neither the cancellation reason nor the interpreter's name leave the database.
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.Start >= from && s.Start < to)
            .Select(s => new SessionRow(s.YouthId, s.PsychologistId, s.Kind, s.Status, s.CancelledBy, s.InterpreterLanguage, s.InterpreterBooking != null))
            .ToListAsync(cancellationToken);

        return new PsychologyFigures(
            query.From,
            query.To,
            Count(sessions),
            Count([.. sessions.Where(s => s.Kind == SessionKind.First)]),
            await CancellationsAsync(sessions, cancellationToken),
            sessions.Where(s => s.Status == SessionStatus.Held).Select(s => s.YouthId).Distinct().Count(),
            await WaitingAsync(sessions, from, to, cancellationToken),
            [
                .. sessions.Where(s => s.InterpreterLanguage is not null && s.Status != SessionStatus.Cancelled)
                    .GroupBy(s => s.InterpreterLanguage!, StringComparer.Ordinal)
                    .Select(g => new InterpreterUse(g.Key, g.Count(), g.Count(s => s.InterpreterBooked)))
                    .OrderByDescending(u => u.Sessions).ThenBy(u => u.Language, StringComparer.Ordinal),
            ]);
    }

    /// <summary>Midnight of a hub day, as an instant (midnight always exists in Paris: the hour changes at 2:00 and 3:00).</summary>
    public static DateTimeOffset StartOf(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), HubCalendar.Zone), TimeSpan.Zero);

    private static SessionCounts Count(IReadOnlyCollection<SessionRow> sessions) => new(
        sessions.Count(s => s.Status == SessionStatus.Held),
        sessions.Count(s => s.Status == SessionStatus.YouthAbsent),
        sessions.Count(s => s.Status == SessionStatus.Cancelled),
        sessions.Count(s => s.Status == SessionStatus.Planned));

    /// <summary>The session's psychologist, the coordination (an account that is a coordinator now), or anyone else.</summary>
    private async Task<CancellationCounts> CancellationsAsync(IReadOnlyCollection<SessionRow> sessions, CancellationToken cancellationToken)
    {
        var cancelled = sessions.Where(s => s.Status == SessionStatus.Cancelled).ToList();
        var coordinators = new HashSet<Guid>();
        foreach (var by in cancelled.Where(s => s.CancelledBy != s.PsychologistId).Select(s => s.CancelledBy).OfType<Guid>().Distinct())
        {
            if (await identity.FindUserAsync(by, cancellationToken) is { } account && account.Roles.Contains(Roles.Coordinator))
            {
                coordinators.Add(by);
            }
        }

        var byPsychologist = cancelled.Count(s => s.CancelledBy == s.PsychologistId);
        var byHub = cancelled.Count(s => s.CancelledBy != s.PsychologistId && s.CancelledBy is { } by && coordinators.Contains(by));
        return new CancellationCounts(byPsychologist, byHub, cancelled.Count - byPsychologist - byHub);
    }

    /// <summary>
    /// For the young people with a session (not cancelled) in the period: each request answered by a first session (not
    /// waiting, not withdrawn), from the day of the request to the start of the session that answered it (booked from the
    /// waiting list) or else the first "first session" after it; the wait counts when that session starts in the period.
    /// The young person's ordinary follow-up sessions never end a wait.
    /// </summary>
    private async Task<WaitingTimes> WaitingAsync(IReadOnlyCollection<SessionRow> sessions, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var youths = sessions.Where(s => s.Status != SessionStatus.Cancelled).Select(s => s.YouthId).Distinct().ToList();
        if (youths.Count == 0)
        {
            return new WaitingTimes(0, null, null);
        }

        // Never the reason: it is stored encrypted, and not needed here.
        var requests = await db.FollowUpRequests.AsNoTracking()
            .Where(r => youths.Contains(r.YouthId) && r.Status == RequestStatus.Scheduled && r.RequestedAt < to)
            .Select(r => new { r.Id, r.YouthId, r.RequestedAt })
            .ToListAsync(cancellationToken);
        var firsts = await db.Sessions.AsNoTracking()
            .Where(s => youths.Contains(s.YouthId) && s.Status != SessionStatus.Cancelled && s.Start < to && (s.RequestId != null || s.Kind == SessionKind.First))
            .Select(s => new { s.YouthId, s.Start, s.RequestId })
            .ToListAsync(cancellationToken);

        var days = new List<int>();
        foreach (var request in requests)
        {
            var answered = firsts.Where(s => s.RequestId == request.Id).Select(s => (DateTimeOffset?)s.Start).Min()
                           ?? firsts.Where(s => s.YouthId == request.YouthId && s.Start >= request.RequestedAt).Select(s => (DateTimeOffset?)s.Start).Min();
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

    private sealed record SessionRow(
        Guid YouthId,
        Guid PsychologistId,
        SessionKind Kind,
        SessionStatus Status,
        Guid? CancelledBy,
        string? InterpreterLanguage,
        bool InterpreterBooked);
}

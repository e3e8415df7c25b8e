using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Deadlines.Queries;

public enum DeadlineScope
{
    /// <summary>The deadlines one answers for.</summary>
    Mine = 1,

    /// <summary>Every deadline one may see (the coordinators' overview).</summary>
    All = 2,
}

/// <summary>Where a deadline stands as seen today: the groups of the "my deadlines" page.</summary>
public enum DeadlineBucket
{
    Overdue = 1,
    Today = 2,
    ThisWeek = 3,
    Later = 4,
    Closed = 5,
}

public sealed record DeadlineListItem(
    Guid Id,
    Guid YouthId,
    string YouthFirstName,
    string YouthLastName,
    IReadOnlyList<string> YouthAliases,
    Track Track,
    DeadlineKind Kind,
    string Title,
    DateOnly DueDate,
    TimeOnly? DueTime,
    DeadlineStatus Status,
    Guid? ResponsibleUserId,
    string? ResponsibleName,
    bool Automatic,
    DeadlineBucket Bucket,
    int Version);

public sealed record DeadlineList(IReadOnlyList<DeadlineListItem> Items, DateOnly Today, bool Truncated);

/// <summary>
/// Deadlines, soonest first: those one answers for, or (coordinators) all of them; optionally of one young person;
/// open ones only unless closed ones are asked for. Always within the files and tracks one may see.
/// </summary>
[RequiresPermission(Permission.ViewYouths)]
public sealed record ListDeadlines(DeadlineScope Scope = DeadlineScope.Mine, Guid? YouthId = null, bool IncludeClosed = false, Guid? ResponsibleUserId = null)
    : IQuery<DeadlineList>;

public sealed class ListDeadlinesValidator : AbstractValidator<ListDeadlines>
{
    public ListDeadlinesValidator() => RuleFor(q => q.Scope).IsInEnum().WithMessage("Choisissez une valeur dans la liste.");
}

public sealed class ListDeadlinesHandler(YouthAccess access, ICurrentUser user, IApplicationDbContext db, IIdentityService identity, TimeProvider clock)
    : IQueryHandler<ListDeadlines, DeadlineList>
{
    public const int MaxItems = 1000;

    public async ValueTask<DeadlineList> Handle(ListDeadlines query, CancellationToken cancellationToken)
    {
        var userId = access.UserId;
        if (query.Scope == DeadlineScope.All && query.YouthId is null && !user.Has(Permission.ViewDeadlineOverview))
        {
            throw new ForbiddenAccessException();
        }

        var deadlines = access.ReadableDeadlines();
        if (query.Scope == DeadlineScope.Mine)
        {
            deadlines = AnsweredBy(deadlines, userId);
        }

        if (query.YouthId is { } youthId)
        {
            deadlines = deadlines.Where(d => d.YouthId == youthId);
        }

        if (query.ResponsibleUserId is { } responsible)
        {
            deadlines = AnsweredBy(deadlines, responsible);
        }

        if (!query.IncludeClosed)
        {
            deadlines = deadlines.Where(d => d.Status == DeadlineStatus.Open);
        }

        var rows = await deadlines
            .Join(db.Youths, d => d.YouthId, y => y.Id, (d, y) => new { Deadline = d, y.FirstName, y.LastName, y.ReferentId, Aliases = y.Aliases.Select(a => a.Name).ToList() })
            .OrderBy(x => x.Deadline.Status != DeadlineStatus.Open).ThenBy(x => x.Deadline.DueDate).ThenBy(x => x.Deadline.DueTime)
            .Take(MaxItems + 1)
            .ToListAsync(cancellationToken);
        var names = await identity.DisplayNamesAsync([.. rows.Select(r => r.Deadline.ResponsibleUserId ?? r.ReferentId).OfType<Guid>().Distinct()], cancellationToken);
        var today = clock.Today();
        var items = rows.Take(MaxItems).Select(r =>
        {
            var d = r.Deadline;
            return new DeadlineListItem(d.Id, d.YouthId, r.FirstName, r.LastName, r.Aliases, d.Track, d.Kind, d.Title, d.DueDate, d.DueTime, d.Status,
                d.ResponsibleUserId, (d.ResponsibleUserId ?? r.ReferentId) is { } id ? names.GetValueOrDefault(id) : null, d.Automatic is not null,
                BucketOf(d, today), d.Version);
        }).ToList();
        return new DeadlineList(items, today, rows.Count > MaxItems);
    }

    /// <summary>The deadlines a person answers for: named as responsible, or the referent of those with no one named.</summary>
    private IQueryable<Deadline> AnsweredBy(IQueryable<Deadline> deadlines, Guid person)
    {
        var referentOf = db.Youths.Where(y => y.ReferentId == person).Select(y => y.Id);
        return deadlines.Where(d => d.ResponsibleUserId == person || (d.ResponsibleUserId == null && referentOf.Contains(d.YouthId)));
    }

    public static DeadlineBucket BucketOf(Deadline deadline, DateOnly today) =>
        deadline.Status != DeadlineStatus.Open ? DeadlineBucket.Closed
        : deadline.DueDate < today ? DeadlineBucket.Overdue
        : deadline.DueDate == today ? DeadlineBucket.Today
        : deadline.DueDate <= today.AddDays(7) ? DeadlineBucket.ThisWeek
        : DeadlineBucket.Later;
}

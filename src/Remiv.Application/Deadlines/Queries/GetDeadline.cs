using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Deadlines.Queries;

public sealed record SentReminder(DateTimeOffset At, string RecipientName, int DaysBefore, DateOnly DueDate);

public sealed record DeadlinePresetNote(Guid Id, string Name, string LegalBasis, bool ToConfirm);

public sealed record DeadlineView(
    Guid Id,
    Guid YouthId,
    string YouthFirstName,
    string YouthLastName,
    IReadOnlyList<string> YouthAliases,
    bool YouthArchived,
    Track Track,
    DeadlineKind Kind,
    string Title,
    DeadlineEvent Event,
    DateOnly EventDate,
    DateOnly DueDate,
    TimeOnly? DueTime,
    bool DueDateOverridden,
    DeadlinePresetNote? Preset,
    AutomaticSource? Automatic,
    DocumentKind? Document,
    Guid? ResponsibleUserId,
    string? ResponsibleName,
    DeadlineStatus Status,
    string? CompletionNote,
    DateTimeOffset? ClosedAt,
    string? ClosedByName,
    IReadOnlyList<int> ReminderDays,
    DateOnly? NextReminderOn,
    IReadOnlyList<SentReminder> SentReminders,
    bool CanEdit,
    int Version);

/// <summary>One deadline with where it comes from (its preset and legal basis), who answers for it and the reminders sent.</summary>
[RequiresPermission(Permission.ViewYouths)]
public sealed record GetDeadline(Guid DeadlineId) : IQuery<DeadlineView>;

public sealed class GetDeadlineHandler(YouthAccess access, ICurrentUser user, IApplicationDbContext db, IIdentityService identity)
    : IQueryHandler<GetDeadline, DeadlineView>
{
    public async ValueTask<DeadlineView> Handle(GetDeadline query, CancellationToken cancellationToken)
    {
        var d = await access.ReadableDeadlines().AsNoTracking().FirstOrDefaultAsync(x => x.Id == query.DeadlineId, cancellationToken)
                ?? throw new NotFoundException();
        var youth = await access.LoadAsync(d.YouthId, cancellationToken);
        var preset = d.PresetId is { } presetId
            ? await db.DeadlinePresets.AsNoTracking().Where(p => p.Id == presetId)
                .Select(p => new DeadlinePresetNote(p.Id, p.Name, p.LegalBasis, p.ToConfirm)).FirstOrDefaultAsync(cancellationToken)
            : null;
        var deliveries = await db.ReminderDeliveries.AsNoTracking().Where(r => r.DeadlineId == d.Id)
            .OrderBy(r => r.RecordedAt).ToListAsync(cancellationToken);
        var responsible = d.ResponsibleUserId ?? youth.ReferentId;
        var people = deliveries.Select(r => r.RecipientId).Append(responsible ?? Guid.Empty).Append(d.ClosedBy ?? Guid.Empty)
            .Where(id => id != Guid.Empty).Distinct().ToList();
        var names = await identity.DisplayNamesAsync(people, cancellationToken);
        return new DeadlineView(
            d.Id, youth.Id, youth.FirstName, youth.LastName, [.. youth.Aliases.Select(a => a.Name)], youth.IsArchived,
            d.Track, d.Kind, d.Title, d.Event, d.EventDate, d.DueDate, d.DueTime, d.DueDateOverridden, preset, d.Automatic, d.Document,
            d.ResponsibleUserId, responsible is { } r ? names.GetValueOrDefault(r) : null,
            d.Status, d.CompletionNote, d.ClosedAt, d.ClosedBy is { } c ? names.GetValueOrDefault(c) : null,
            d.ReminderDays, d.NextReminderOn,
            [.. deliveries.Select(x => new SentReminder(x.RecordedAt, names.GetValueOrDefault(x.RecipientId, "?"), x.DaysBefore, x.DueDate))],
            user.Has(Permission.ManageDeadlines) && access.CanWrite(d.Track) && !youth.IsArchived,
            d.Version);
    }
}

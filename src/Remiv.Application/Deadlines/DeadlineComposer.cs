using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Youths;

namespace Remiv.Application.Deadlines;

/// <summary>
/// Turns what the user sent into the deadline's details: what a preset fills in (track, kind, event, title, computed
/// date, reminders), what the user overrides, and who answers for it (the referent unless someone else is named,
/// who must be able to see the young person and the track; failing that, the person setting the deadline).
/// </summary>
public sealed class DeadlineComposer(IApplicationDbContext db, YouthAccess access, IIdentityService identity)
{
    public async Task<(DeadlineDetails Details, DeadlinePreset? Preset)> ComposeAsync(Youth youth, IDeadlineFields fields, CancellationToken cancellationToken)
    {
        DeadlinePreset? preset = null;
        if (fields.PresetId is { } presetId)
        {
            preset = await db.DeadlinePresets.FirstOrDefaultAsync(p => p.Id == presetId && p.IsActive, cancellationToken)
                     ?? throw new RequestValidationException(nameof(fields.PresetId), "Ce modèle n'existe plus : choisissez-en un autre.");
        }

        var track = fields.Track ?? preset!.Track;
        if (!access.CanWrite(track))
        {
            throw new ForbiddenAccessException();
        }

        var eventKind = fields.StartEvent ?? preset!.Event;
        var due = fields.DueDate ?? preset!.ComputeDue(fields.EventDate);
        Guid? responsible;
        if (fields.ResponsibleUserId is { } named)
        {
            if (!await MayAnswerForAsync(youth, named, track, cancellationToken))
            {
                throw new RequestValidationException(nameof(fields.ResponsibleUserId),
                    "Cette personne ne peut pas suivre cette échéance : choisissez un membre actif du groupe de suivi.");
            }

            // Naming the referent means "the referent": when the referent changes, the deadline follows.
            responsible = named == youth.ReferentId ? null : named;
        }
        else
        {
            // The referent by default (stored as null, so that it follows a change of referent); when the referent cannot
            // see this track (a psychological deadline) or has left, the person who sets the deadline answers for it.
            responsible = youth.ReferentId is { } referent && await MayAnswerForAsync(youth, referent, track, cancellationToken)
                ? null
                : access.UserId;
        }

        var details = new DeadlineDetails(
            track,
            fields.Kind ?? preset!.Kind,
            string.IsNullOrWhiteSpace(fields.Title) ? preset!.Name : fields.Title,
            eventKind,
            fields.EventDate,
            due,
            fields.DueTime,
            responsible,
            fields.ReminderDays ?? preset?.ReminderDays ?? ReminderDays.Default);
        return (details, preset);
    }

    private async Task<bool> MayAnswerForAsync(Youth youth, Guid userId, Track track, CancellationToken cancellationToken)
    {
        var recipient = (await identity.ListActiveRecipientsAsync(cancellationToken)).FirstOrDefault(r => r.Id == userId);
        return recipient is not null && YouthAccess.MaySee(recipient.Roles, youth.IsFollowedBy(userId), track);
    }
}

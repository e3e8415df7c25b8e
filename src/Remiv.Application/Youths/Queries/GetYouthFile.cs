using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Common.Validation;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Youths.Queries;

/// <summary>
/// A young person's file as the user may see it: identity for every staff member of the group; the case
/// (status, situations, documents) for those who see case details; the psychological situation for psychologists.
/// Every opening is written to the audit log.
/// </summary>
[RequiresPermission(Permission.ViewYouths)]
public sealed record GetYouthFile(Guid YouthId) : IQuery<YouthFile>;

public sealed record YouthFile(
    Guid Id,
    int Version,
    string FirstName,
    string LastName,
    IReadOnlyList<AliasView> Aliases,
    DateOnly? BirthDate,
    BirthDateStanding BirthDateStanding,
    int? Age,
    DateOnly? EighteenthBirthday,
    int? DaysUntilEighteen,
    Sex Sex,
    CodeView? Nationality,
    IReadOnlyList<CodeView> Languages,
    bool InterpreterNeeded,
    DateOnly FirstContact,
    bool IsArchived,
    PersonView? Referent,
    CaseView? Case,
    SituationView? PsychologicalSituation,
    FileRights Rights);

public sealed record AliasView(Guid Id, string Name, string? Note);

/// <param name="Name">In the interface's language (ICU data); the code itself when unknown.</param>
public sealed record CodeView(string Code, string Name);

public sealed record PersonView(Guid Id, string Name);

public sealed record CaseView(
    string? Phone,
    DateOnly? ArrivalInFrance,
    string? ReferredBy,
    string? Accommodation,
    YouthStatus Status,
    IReadOnlyList<StatusView> StatusHistory,
    IReadOnlyList<MemberView> FollowUpGroup,
    IReadOnlyList<SituationView> Situations,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<AttachmentView> Attachments);

public sealed record StatusView(YouthStatus Status, DateOnly Date, string? Department, string? Note, string? RecordedBy);

public sealed record MemberView(Guid UserId, string Name, DateOnly From, DateOnly? Until, bool IsReferent);

public sealed record SituationView(Track Track, string Summary, DateTimeOffset UpdatedAt, string? UpdatedBy);

public sealed record DocumentView(DocumentKind Kind, DocumentStatus Status, DateOnly? ExpiryDate, string? Note, int? Version);

public sealed record AttachmentView(Guid Id, DocumentKind? Kind, string FileName, string ContentType, long Length, DateTimeOffset UploadedAt, string? UploadedBy);

/// <summary>What the user may do on this file (the same rules the commands enforce).</summary>
public sealed record FileRights(bool Edit, bool ManageGroup, bool Archive, bool ManageDocuments, IReadOnlyList<Track> WritableTracks, IReadOnlyList<Track> ReadableTracks);

public sealed class GetYouthFileHandler(
    IApplicationDbContext db,
    YouthAccess access,
    ICurrentUser user,
    IIdentityService identity,
    IAuditLog audit,
    TimeProvider clock) : IQueryHandler<GetYouthFile, YouthFile>
{
    public async ValueTask<YouthFile> Handle(GetYouthFile query, CancellationToken cancellationToken)
    {
        var youth = await access.LoadAsync(query.YouthId, cancellationToken);
        var today = clock.Today();
        var details = access.SeesCaseDetails;
        var documents = details
            ? await db.YouthDocuments.AsNoTracking().Where(d => d.YouthId == youth.Id).ToListAsync(cancellationToken)
            : [];
        var attachments = details
            ? await db.Attachments.AsNoTracking().Where(a => a.YouthId == youth.Id).OrderByDescending(a => a.UploadedAt).ToListAsync(cancellationToken)
            : [];
        var people = await identity.DisplayNamesAsync(
            [.. youth.FollowUpGroup.Select(m => m.UserId), .. youth.StatusHistory.Select(s => s.RecordedBy).OfType<Guid>(),
             .. youth.Situations.Select(s => s.UpdatedBy).OfType<Guid>(), .. attachments.Select(a => a.UploadedBy),
             .. youth.ReferentId is { } r ? [r] : Array.Empty<Guid>()],
            cancellationToken);
        string? Name(Guid? id) => id is { } value ? people.GetValueOrDefault(value) : null;
        SituationView Situation(TrackSituation s) => new(s.Track, s.Summary, s.UpdatedAt, Name(s.UpdatedBy));

        var open = !youth.IsArchived;
        var tracks = Enum.GetValues<Track>();
        var file = new YouthFile(
            youth.Id,
            youth.Version,
            youth.FirstName,
            youth.LastName,
            [.. youth.Aliases.Select(a => new AliasView(a.Id, a.Name, a.Note))],
            youth.BirthDate,
            youth.BirthDateStanding,
            youth.AgeOn(today),
            youth.EighteenthBirthday,
            youth.DaysUntilEighteen(today),
            youth.Sex,
            youth.Nationality is { } n ? new CodeView(n, IsoCodes.CountryName(n) ?? n) : null,
            [.. youth.Languages.Select(l => new CodeView(l, IsoCodes.LanguageName(l) ?? l))],
            youth.InterpreterNeeded,
            youth.FirstContact,
            youth.IsArchived,
            youth.ReferentId is { } referent ? new PersonView(referent, Name(referent) ?? "?") : null,
            details
                ? new CaseView(
                    youth.Phone,
                    youth.ArrivalInFrance,
                    youth.ReferredBy,
                    youth.Accommodation,
                    youth.CurrentStatus,
                    [.. youth.StatusHistory.OrderByDescending(s => s.Date).ThenByDescending(s => s.RecordedAt)
                        .Select(s => new StatusView(s.Status, s.Date, s.Department, s.Note, Name(s.RecordedBy)))],
                    [.. youth.FollowUpGroup.OrderBy(m => m.Until != null).ThenBy(m => m.From)
                        .Select(m => new MemberView(m.UserId, Name(m.UserId) ?? "?", m.From, m.Until, m.UserId == youth.ReferentId))],
                    [.. youth.Situations.Where(s => s.Track != Track.Psychological).OrderBy(s => s.Track).Select(Situation)],
                    [.. Enum.GetValues<DocumentKind>().Select(kind => documents.FirstOrDefault(d => d.Kind == kind) is { } d
                        ? new DocumentView(kind, d.StatusOn(today), d.ExpiryDate, d.Note, d.Version)
                        : new DocumentView(kind, DocumentStatus.Missing, null, null, null))],
                    [.. attachments.Select(a => new AttachmentView(a.Id, a.DocumentKind, a.FileName, a.ContentType, a.Length, a.UploadedAt, Name(a.UploadedBy)))])
                : null,
            access.SeesPsychologicalTrack && youth.Situations.FirstOrDefault(s => s.Track == Track.Psychological) is { } psy ? Situation(psy) : null,
            new FileRights(
                open && user.Has(Permission.EditYouths),
                open && user.Has(Permission.ManageFollowUpGroups),
                open && user.Has(Permission.ArchiveYouths),
                open && user.Has(Permission.ManageDocuments),
                open ? [.. tracks.Where(access.CanWrite)] : [],
                [.. tracks.Where(access.CanRead)]));

        audit.Record("youth.viewed", "Youth", youth.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return file;
    }
}

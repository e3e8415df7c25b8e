using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Youths.Access;

/// <summary>
/// Which young people and which entries the current user may see, as queries, so that every list, search,
/// page, API answer and export applies the same rule in the database:
/// coordinators see everyone; youth workers and psychologists see the young people whose follow-up group
/// they belong to (while they do); beyond identity, the case is for those with <see cref="Permission.ViewCaseDetails"/>;
/// the psychological track is for psychologists alone; an author-only entry is for its author alone.
/// </summary>
public sealed class YouthAccess(ICurrentUser user, IApplicationDbContext db, ChangesSince changes)
{
    public Guid UserId => user.UserId ?? throw new NotSignedInException();

    public bool SeesCaseDetails => user.Has(Permission.ViewCaseDetails);

    public bool SeesPsychologicalTrack => user.Has(Permission.UsePsychologicalTrack);

    public IQueryable<Youth> VisibleYouths()
    {
        if (!user.Has(Permission.ViewYouths))
        {
            return db.Youths.Where(_ => false);
        }

        if (user.Has(Permission.ViewAllYouths))
        {
            return db.Youths;
        }

        // "Id IN (the user's current memberships)", read once from the (UserId, Until, YouthId) index; a correlated
        // EXISTS (FollowUpGroup.Any) would be tested against every row of Youths instead.
        var userId = UserId;
        var followed = db.Youths.SelectMany(y => y.FollowUpGroup, (y, m) => new { y.Id, m.UserId, m.Until })
            .Where(m => m.UserId == userId && m.Until == null)
            .Select(m => m.Id);
        return db.Youths.Where(y => followed.Contains(y.Id));
    }

    public IQueryable<FollowUpEntry> ReadableEntries()
    {
        var userId = UserId;
        var details = SeesCaseDetails;
        var psychological = SeesPsychologicalTrack;
        var youthIds = VisibleYouths().Select(y => y.Id);
        return db.FollowUpEntries.Where(e =>
            youthIds.Contains(e.YouthId)
            && (e.Visibility == EntryVisibility.FollowUpGroup || e.AuthorId == userId)
            && (e.Track == Track.Psychological ? psychological : details));
    }

    /// <summary>The deadlines of the young people one may see, on the tracks one may read.</summary>
    public IQueryable<Deadline> ReadableDeadlines()
    {
        var details = SeesCaseDetails;
        var psychological = SeesPsychologicalTrack;
        var youthIds = VisibleYouths().Select(y => y.Id);
        return db.Deadlines.Where(d => youthIds.Contains(d.YouthId) && (d.Track == Track.Psychological ? psychological : details));
    }

    /// <summary>
    /// The same rule for someone other than the current user (a reminder's recipient, a deadline's responsible person):
    /// may a person with these roles, in the follow-up group or not, see this track of the young person's file?
    /// </summary>
    public static bool MaySee(IEnumerable<string> roles, bool isGroupMember, Track track)
    {
        var granted = RolePermissions.For(roles);
        return granted.Contains(Permission.ViewYouths)
               && (isGroupMember || granted.Contains(Permission.ViewAllYouths))
               && granted.Contains(track == Track.Psychological ? Permission.UsePsychologicalTrack : Permission.ViewCaseDetails);
    }

    public bool CanRead(Track track) => track == Track.Psychological ? SeesPsychologicalTrack : SeesCaseDetails;

    public bool CanWrite(Track track) =>
        track == Track.Psychological ? SeesPsychologicalTrack : user.Has(Permission.WriteFollowUpEntries);

    /// <summary>The young person, if the user may see them; otherwise "not found" (their existence is not revealed).</summary>
    public async Task<Youth> LoadAsync(Guid youthId, CancellationToken cancellationToken) =>
        await VisibleYouths().FirstOrDefaultAsync(y => y.Id == youthId, cancellationToken) ?? throw new NotFoundException();

    /// <summary>Loads the young person for a change and checks the change starts from the current version.</summary>
    public async Task<Youth> LoadForChangeAsync(Guid youthId, int expectedVersion, CancellationToken cancellationToken)
    {
        var youth = await LoadAsync(youthId, cancellationToken);
        if (youth.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(await changes.ForYouthAsync(youthId, expectedVersion, cancellationToken));
        }

        return youth;
    }
}

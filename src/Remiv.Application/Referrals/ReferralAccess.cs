using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Partners;
using Remiv.Domain.Youths;

namespace Remiv.Application.Referrals;

/// <summary>
/// The referrals the user may read: those of the young people they see (<see cref="YouthAccess"/>), on the tracks they
/// may read (the psychological track for psychologists alone). Any other is "not found", so as to reveal nothing.
/// Built by each handler from its own services (not a registered service).
/// </summary>
public sealed class ReferralAccess(YouthAccess access, IApplicationDbContext db, IIdentityService identity)
{
    public IReadOnlyList<Track> ReadableTracks => [.. Enum.GetValues<Track>().Where(access.CanRead)];

    public IReadOnlyList<Track> WritableTracks => [.. Enum.GetValues<Track>().Where(t => access.CanRead(t) && access.CanWrite(t))];

    public IQueryable<Referral> Readable()
    {
        var tracks = ReadableTracks;
        var youthIds = access.VisibleYouths().Select(y => y.Id);
        return db.Referrals.Where(r => youthIds.Contains(r.YouthId) && tracks.Contains(r.Track));
    }

    /// <summary>Loads a referral to change it, from the version the user saw: 404 if unreadable, 403 if the track is read-only for them.</summary>
    public async Task<(Referral Referral, Youth Youth)> LoadForChangeAsync(Guid referralId, int expectedVersion, CancellationToken cancellationToken)
    {
        var referral = await Readable().FirstOrDefaultAsync(r => r.Id == referralId, cancellationToken) ?? throw new NotFoundException();
        if (!access.CanWrite(referral.Track))
        {
            throw new ForbiddenAccessException();
        }

        if (referral.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        return (referral, await access.LoadAsync(referral.YouthId, cancellationToken));
    }

    /// <summary>The referrals shown, with their partner's name and the names of the people who recorded each step.</summary>
    public async Task<IReadOnlyList<ReferralView>> ViewsAsync(IReadOnlyList<Referral> referrals, IReadOnlyCollection<Youth> youths, CancellationToken cancellationToken)
    {
        var partnerIds = referrals.Select(r => r.PartnerId).Distinct().ToList();
        var partners = await db.Partners.AsNoTracking().Where(p => partnerIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.Type, p.IsActive }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var names = await identity.DisplayNamesAsync([.. referrals.SelectMany(r => r.History).Select(s => s.RecordedBy).Distinct()], cancellationToken);
        var byId = youths.ToDictionary(y => y.Id);
        return [.. referrals.Select(r =>
        {
            var partner = partners[r.PartnerId];
            var youth = byId[r.YouthId];
            return new ReferralView(
                r.Id, r.YouthId, youth.FirstName, youth.LastName, [.. youth.Aliases.Select(a => a.Name)], youth.IsArchived,
                r.PartnerId, partner.Name, partner.Type, partner.IsActive, r.Track, r.Need, r.Status, r.Outcome, r.ProposedOn, r.StatusDate,
                [.. r.History.OrderBy(s => s.Date).ThenBy(s => s.RecordedAt)
                    .Select(s => new ReferralStepView(s.Status, s.Date, s.Note, names.GetValueOrDefault(s.RecordedBy)))],
                !youth.IsArchived && !r.IsFinal && access.CanWrite(r.Track)
                    ? [.. Enum.GetValues<ReferralStatus>().Where(r.MayMoveTo)]
                    : [],
                r.Version);
        })];
    }
}

public sealed record ReferralStepView(ReferralStatus Status, DateOnly Date, string? Note, string? RecordedByName);

/// <summary>
/// A referral as shown: the young person's names as stored, the partner, the need, the track, the status with its
/// dated history, the outcome; <see cref="NextStatuses"/> lists the statuses the reader may move it to (empty when they
/// may not change it, or when it is over).
/// </summary>
public sealed record ReferralView(
    Guid Id,
    Guid YouthId,
    string YouthFirstName,
    string YouthLastName,
    IReadOnlyList<string> YouthAliases,
    bool YouthArchived,
    Guid PartnerId,
    string PartnerName,
    PartnerType PartnerType,
    bool PartnerActive,
    Track Track,
    string Need,
    ReferralStatus Status,
    string? Outcome,
    DateOnly ProposedOn,
    DateOnly StatusDate,
    IReadOnlyList<ReferralStepView> History,
    IReadOnlyList<ReferralStatus> NextStatuses,
    int Version);

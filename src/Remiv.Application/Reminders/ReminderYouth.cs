using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;

namespace Remiv.Application.Reminders;

/// <summary>
/// What the reminder jobs need of a young person: the names (for the initials), the referent, the current follow-up
/// group. Read untracked as a projection: the whole aggregate joins five collections (about 50 rows per young person),
/// and every change detection of the save would walk it.
/// </summary>
internal sealed record ReminderYouth(Guid Id, string FirstName, string LastName, Guid? ReferentId, List<Guid> Members)
{
    public bool IsFollowedBy(Guid userId) => Members.Contains(userId);

    public string Initials => ReminderMessages.InitialsOf(FirstName, LastName);

    /// <summary>The ids travel as one JSON parameter, not one parameter each.</summary>
    public static Task<Dictionary<Guid, ReminderYouth>> LoadAsync(IApplicationDbContext db, List<Guid> youthIds, CancellationToken cancellationToken) =>
        db.Youths.AsNoTracking()
            .Where(y => EF.Parameter(youthIds).Contains(y.Id))
            .Select(y => new ReminderYouth(y.Id, y.FirstName, y.LastName, y.ReferentId,
                y.FollowUpGroup.Where(m => m.Until == null).Select(m => m.UserId).ToList()))
            .ToDictionaryAsync(y => y.Id, cancellationToken);
}

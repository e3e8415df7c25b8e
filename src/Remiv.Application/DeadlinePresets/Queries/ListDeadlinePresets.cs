using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.DeadlinePresets.Queries;

public sealed record PresetItem(
    Guid Id,
    string Name,
    DeadlineKind Kind,
    Track Track,
    DeadlineEvent Event,
    int OffsetAmount,
    OffsetUnit OffsetUnit,
    OffsetDirection OffsetDirection,
    IReadOnlyList<int> ReminderDays,
    string LegalBasis,
    bool ToConfirm,
    AutomaticSource? Automatic,
    bool IsActive,
    int Version);

/// <summary>The presets, by name: the active ones to create deadlines, all of them for coordinators who edit them.</summary>
[RequiresPermission(Permission.ManageDeadlines)]
public sealed record ListDeadlinePresets(bool IncludeInactive = false) : IQuery<IReadOnlyList<PresetItem>>;

public sealed class ListDeadlinePresetsHandler(IApplicationDbContext db) : IQueryHandler<ListDeadlinePresets, IReadOnlyList<PresetItem>>
{
    public async ValueTask<IReadOnlyList<PresetItem>> Handle(ListDeadlinePresets query, CancellationToken cancellationToken)
    {
        var presets = await db.DeadlinePresets.AsNoTracking()
            .Where(p => query.IncludeInactive || p.IsActive)
            .OrderBy(p => p.Name)
            .ToListAsync(cancellationToken);
        return [.. presets.Select(p => new PresetItem(p.Id, p.Name, p.Kind, p.Track, p.Event, p.OffsetAmount, p.OffsetUnit, p.OffsetDirection,
            p.ReminderDays, p.LegalBasis, p.ToConfirm, p.Automatic, p.IsActive, p.Version))];
    }
}

using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Deadlines.Queries;

public sealed record DeadlinePreview(DateOnly DueDate, string PresetName, string LegalBasis, bool ToConfirm, IReadOnlyList<int> ReminderDays);

/// <summary>The date a preset computes from an event date, shown before the user saves (and may change it).</summary>
[RequiresPermission(Permission.ManageDeadlines)]
public sealed record PreviewDeadline(Guid PresetId, DateOnly EventDate) : IQuery<DeadlinePreview>;

public sealed class PreviewDeadlineValidator : AbstractValidator<PreviewDeadline>
{
    public PreviewDeadlineValidator() => RuleFor(q => q.EventDate).Must(d => PlausibleDates.Contains(d)).WithMessage(PlausibleDates.Message);
}

public sealed class PreviewDeadlineHandler(IApplicationDbContext db) : IQueryHandler<PreviewDeadline, DeadlinePreview>
{
    public async ValueTask<DeadlinePreview> Handle(PreviewDeadline query, CancellationToken cancellationToken)
    {
        var preset = await db.DeadlinePresets.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.PresetId && p.IsActive, cancellationToken)
                     ?? throw new NotFoundException();
        return new DeadlinePreview(preset.ComputeDue(query.EventDate), preset.Name, preset.LegalBasis, preset.ToConfirm, preset.ReminderDays);
    }
}

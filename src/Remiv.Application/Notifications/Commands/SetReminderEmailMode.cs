using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Notifications;
using Remiv.Domain.Security;

namespace Remiv.Application.Notifications.Commands;

/// <summary>The current user chooses an email per reminder or one digest a day. In-app notifications always come.</summary>
[RequiresPermission(Permission.UseStaffArea)]
public sealed record SetReminderEmailMode(ReminderEmailMode Mode) : ICommand;

public sealed class SetReminderEmailModeValidator : AbstractValidator<SetReminderEmailMode>
{
    public SetReminderEmailModeValidator() => RuleFor(c => c.Mode).IsInEnum().WithMessage("Choisissez une valeur dans la liste.");
}

public sealed class SetReminderEmailModeHandler(IApplicationDbContext db, ICurrentUser user) : ICommandHandler<SetReminderEmailMode>
{
    public async ValueTask<Unit> Handle(SetReminderEmailMode command, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? throw new NotSignedInException();
        var preference = await db.NotificationPreferences.FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (preference is null)
        {
            db.NotificationPreferences.Add(new NotificationPreference(userId, command.Mode));
        }
        else
        {
            preference.Change(command.Mode);
        }

        return Unit.Value;
    }
}

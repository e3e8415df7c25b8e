using Mediator;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Deadlines.Commands;

/// <summary>Reopens a deadline closed by mistake; its reminders start again from today.</summary>
[RequiresPermission(Permission.ManageDeadlines)]
public sealed record ReopenDeadline(Guid DeadlineId, int ExpectedVersion) : ICommand<int>;

public sealed class ReopenDeadlineHandler(DeadlineLoader loader, IAuditLog audit, TimeProvider clock) : ICommandHandler<ReopenDeadline, int>
{
    public async ValueTask<int> Handle(ReopenDeadline command, CancellationToken cancellationToken)
    {
        var (deadline, youth) = await loader.LoadForChangeAsync(command.DeadlineId, command.ExpectedVersion, cancellationToken);
        deadline.Reopen(youth, clock.Today());
        audit.Record("deadline.reopened", "Deadline", deadline.Id.ToString());
        return deadline.Version;
    }
}

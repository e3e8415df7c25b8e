using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Reminders.Commands;

/// <summary>An administrator sends a failed email again (after correcting the address of the account, say).</summary>
[RequiresPermission(Permission.MonitorJobs)]
public sealed record RetryEmail(Guid EmailId) : ICommand;

public sealed class RetryEmailHandler(IApplicationDbContext db, IIdentityService identity, IAuditLog audit, TimeProvider clock) : ICommandHandler<RetryEmail>
{
    public async ValueTask<Unit> Handle(RetryEmail command, CancellationToken cancellationToken)
    {
        var email = await db.OutgoingEmails.FirstOrDefaultAsync(e => e.Id == command.EmailId, cancellationToken) ?? throw new NotFoundException();
        var account = await identity.FindUserAsync(email.RecipientId, cancellationToken);
        email.Retry(account?.Email, clock.GetUtcNow());
        audit.Record("email.retried", "OutgoingEmail", email.Id.ToString());
        return Unit.Value;
    }
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Notifications;
using Remiv.Domain.Security;

namespace Remiv.Application.Reminders.Queries;

public sealed record FailedEmail(Guid Id, string Recipient, string Subject, int Attempts, string? LastError, DateTimeOffset CreatedAt, EmailStatus Status);

/// <summary>For administrators: the emails that failed, and those still being retried (no case data: subjects carry none).</summary>
[RequiresPermission(Permission.MonitorJobs)]
public sealed record ListFailedEmails : IQuery<IReadOnlyList<FailedEmail>>;

public sealed class ListFailedEmailsHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<ListFailedEmails, IReadOnlyList<FailedEmail>>
{
    public async ValueTask<IReadOnlyList<FailedEmail>> Handle(ListFailedEmails query, CancellationToken cancellationToken)
    {
        // Also the emails whose sending was interrupted (a claim that lapsed): they will be tried again, but an
        // administrator should know.
        var now = clock.GetUtcNow();
        return await db.OutgoingEmails.AsNoTracking()
            .Where(e => e.Status == EmailStatus.Failed || (e.Status == EmailStatus.Pending && e.Attempts > 0)
                        || (e.Status == EmailStatus.Sending && e.NextAttemptAt < now))
            .OrderByDescending(e => e.CreatedAt)
            .Take(200)
            .Select(e => new FailedEmail(e.Id, e.Recipient, e.Subject, e.Attempts, e.LastError, e.CreatedAt, e.Status))
            .ToListAsync(cancellationToken);
    }
}

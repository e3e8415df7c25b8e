using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Notifications;
using Remiv.Domain.Security;

namespace Remiv.Application.Reminders.Commands;

public sealed record DispatchResult(int Sent, int Failed);

/// <summary>
/// Sends the outbox, one email at a time, each in its own small transaction (so this is not a command of the unit of
/// work): an email is first claimed (a conditional update only one server can win), then sent, then marked. A failure
/// is retried later with growing delays and never holds up the other emails; after the last attempt, or at once for
/// an address that cannot exist, it is left failed for an administrator to see.
/// </summary>
[RequiresPermission(Permission.RunScheduledJobs)]
public sealed record DispatchEmails(int BatchSize = 50) : IRequest<DispatchResult>;

public sealed class DispatchEmailsHandler(IApplicationDbContext db, IEmailSender sender, TimeProvider clock)
    : IRequestHandler<DispatchEmails, DispatchResult>
{
    /// <summary>How long a claim holds: a server that stops mid-send leaves the email to be tried again after this.</summary>
    public static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(10);

    public async ValueTask<DispatchResult> Handle(DispatchEmails request, CancellationToken cancellationToken)
    {
        if (!sender.IsConfigured)
        {
            return new DispatchResult(0, 0);
        }

        var now = clock.GetUtcNow();
        var candidates = await db.OutgoingEmails.AsNoTracking()
            .Where(e => (e.Status == EmailStatus.Pending || e.Status == EmailStatus.Sending) && e.NextAttemptAt <= now)
            .OrderBy(e => e.NextAttemptAt)
            .Select(e => new { e.Id, e.Status, e.NextAttemptAt })
            .Take(request.BatchSize)
            .ToListAsync(cancellationToken);
        int sent = 0, failed = 0;
        foreach (var candidate in candidates)
        {
            var claimedUntil = clock.GetUtcNow() + ClaimLifetime;
            var claimed = await db.OutgoingEmails
                .Where(e => e.Id == candidate.Id && e.Status == candidate.Status && e.NextAttemptAt == candidate.NextAttemptAt)
                .ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, EmailStatus.Sending).SetProperty(e => e.NextAttemptAt, claimedUntil), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var email = await db.OutgoingEmails.FirstAsync(e => e.Id == candidate.Id, cancellationToken);
            try
            {
                await sender.SendAsync(email.Recipient, email.Subject, email.Body, cancellationToken);
                email.Sent(clock.GetUtcNow());
                sent++;
            }
            catch (EmailDeliveryException failure)
            {
                email.AttemptFailed(failure.Message, failure.Permanent, clock.GetUtcNow());
                failed++;
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // Any other fault (a timeout, a misconfigured sender) is an attempt that failed, counted and retried,
                // never an email stuck "being sent" nor a batch stopped half-way. Its type only: messages may quote data.
                email.AttemptFailed(failure.GetType().Name, permanent: false, clock.GetUtcNow());
                failed++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return new DispatchResult(sent, failed);
    }
}

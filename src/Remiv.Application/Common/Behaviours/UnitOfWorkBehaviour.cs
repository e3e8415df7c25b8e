using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;

namespace Remiv.Application.Common.Behaviours;

/// <summary>
/// Last before the handler, for commands only: the handler's changes and the audit lines it wrote
/// are saved in one transaction, so a failure half-way leaves nothing half-saved.
/// A stale edit surfaces as <see cref="ConcurrencyConflictException"/>.
/// </summary>
public sealed class UnitOfWorkBehaviour<TMessage, TResponse>(IUnitOfWork unitOfWork, IApplicationDbContext db, IDatabaseErrors errors)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            var response = await next(message, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return response;
        }
        catch (Exception failure)
        {
            // The transaction rolls back; what the failed command changed in memory must not be saved by a
            // later save in the same request (a page showing the form again reads the file, and may audit that).
            db.DiscardUnsavedChanges();
            if (failure is DbUpdateConcurrencyException || errors.IsTransientConflict(failure))
            {
                // A stale edit, or a transaction the database gave up because another got in its way (a deadlock):
                // nothing is saved; the user reloads, a job tries again.
                throw new ConcurrencyConflictException();
            }

            if (failure is DbUpdateException update && errors.IsUniqueKeyViolation(update))
            {
                // Another request took the same unique key between our check and our insert: reload and retry.
                // Any other database refusal is a fault to fix, reported as such.
                throw new ConcurrencyConflictException();
            }

            throw;
        }
    }
}

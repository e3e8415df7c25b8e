using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Auditing;
using Remiv.Infrastructure.Persistence;

namespace Remiv.Infrastructure.Auditing;

/// <summary>Adds audit lines to the same unit of work as the change, so both are saved or neither is.</summary>
internal sealed class AuditLog(RemivDbContext db, ICurrentUser currentUser, TimeProvider clock) : IAuditLog
{
    public void Record(string action, string targetType, string? targetId) =>
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), currentUser.UserId, action, targetType, targetId));
}

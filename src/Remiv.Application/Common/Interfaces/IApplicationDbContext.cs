using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Auditing;

namespace Remiv.Application.Common.Interfaces;

/// <summary>The application's view of its database: the sets its use cases query and change.</summary>
public interface IApplicationDbContext
{
    DbSet<AuditEntry> AuditEntries { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}

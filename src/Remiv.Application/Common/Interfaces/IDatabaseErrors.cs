using Microsoft.EntityFrameworkCore;

namespace Remiv.Application.Common.Interfaces;

/// <summary>What a failed save means, in the terms of the database provider in use.</summary>
public interface IDatabaseErrors
{
    /// <summary>True when another request took the same unique key first (a race, not a bug).</summary>
    bool IsUniqueKeyViolation(DbUpdateException exception);

    /// <summary>
    /// The database gave up one of two transactions that got in each other's way (a deadlock, a serialisation failure,
    /// a database busy with another writer): nothing was saved, and trying again is the answer.
    /// </summary>
    bool IsTransientConflict(Exception exception);
}

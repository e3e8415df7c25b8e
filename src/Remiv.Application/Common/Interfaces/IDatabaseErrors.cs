using Microsoft.EntityFrameworkCore;

namespace Remiv.Application.Common.Interfaces;

/// <summary>What a failed save means, in the terms of the database provider in use.</summary>
public interface IDatabaseErrors
{
    /// <summary>True when another request took the same unique key first (a race, not a bug).</summary>
    bool IsUniqueKeyViolation(DbUpdateException exception);
}

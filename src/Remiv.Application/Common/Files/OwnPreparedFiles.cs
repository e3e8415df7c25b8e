using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Security;
using Remiv.Domain.Common;

namespace Remiv.Application.Common.Files;

/// <summary>A prepared file (a batch of summaries, a report export) belongs to its requester: to anyone else it does not exist.</summary>
public static class OwnPreparedFiles
{
    /// <summary>The signed-in user's own file, or "not found".</summary>
    public static async Task<T> OwnAsync<T>(this IQueryable<T> files, Guid id, ICurrentUser user, CancellationToken cancellationToken)
        where T : PreparedFile
    {
        var me = user.UserId ?? throw new NotSignedInException();
        return await files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id && f.RequestedBy == me, cancellationToken) ?? throw new NotFoundException();
    }

    /// <summary>The signed-in user's latest files, the latest first.</summary>
    public static async Task<List<T>> LatestOwnAsync<T>(this IQueryable<T> files, ICurrentUser user, int count, CancellationToken cancellationToken)
        where T : PreparedFile
    {
        var me = user.UserId ?? throw new NotSignedInException();
        return await files.AsNoTracking().Where(f => f.RequestedBy == me).OrderByDescending(f => f.CreatedAt).Take(count).ToListAsync(cancellationToken);
    }
}

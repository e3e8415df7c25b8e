using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Youths;

namespace Remiv.Application.Deadlines;

/// <summary>Loads a deadline the user may see, with its young person; "not found" otherwise, so as to reveal nothing.</summary>
public sealed class DeadlineLoader(YouthAccess access)
{
    public async Task<(Deadline Deadline, Youth Youth)> LoadForChangeAsync(Guid deadlineId, int expectedVersion, CancellationToken cancellationToken)
    {
        var deadline = await access.ReadableDeadlines().FirstOrDefaultAsync(d => d.Id == deadlineId, cancellationToken)
                       ?? throw new NotFoundException();
        if (!access.CanWrite(deadline.Track))
        {
            throw new ForbiddenAccessException();
        }

        if (deadline.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        return (deadline, await access.LoadAsync(deadline.YouthId, cancellationToken));
    }
}

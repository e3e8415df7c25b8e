using System.Security.Claims;
using Remiv.Application.Common.Security;
using Remiv.Web.Jobs;
using SystemRoles = Remiv.Domain.Security.Roles;

namespace Remiv.Web.Security;

/// <summary>
/// Who sends the requests of this DI scope: in a background job's scope (<see cref="JobContext"/>), the system, which
/// holds the pseudo-role <see cref="SystemRoles.System"/> alone (so only <c>RunScheduledJobs</c>) and no user id, or the
/// account the job acts as (<see cref="JobRunner.SendAsAsync{TResult}"/>: its id and current roles, never the system's);
/// otherwise the signed-in person of the current HTTP request (cookie or bearer token).
/// </summary>
internal sealed class CurrentUser(IHttpContextAccessor accessor, JobContext job) : ICurrentUser
{
    private static readonly string[] SystemOnly = [SystemRoles.System];

    private ClaimsPrincipal? Principal => job.IsJob ? null : accessor.HttpContext?.User;

    public Guid? UserId => job.IsJob
        ? job.AccountId
        : Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public bool IsAuthenticated => job.IsJob || (Principal?.Identity?.IsAuthenticated == true && UserId is not null);

    public IReadOnlyCollection<string> Roles =>
        job.IsJob
            ? job.AccountId is null ? SystemOnly : job.AccountRoles
            : Principal?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray() ?? [];
}

using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Bench.Jobs;

/// <summary>
/// The identity the scheduler's jobs run under, as the web host's job scope answers it: authenticated, no person, the
/// pseudo-role <see cref="Roles.System"/> (which alone grants <see cref="Permission.RunScheduledJobs"/>).
/// </summary>
internal sealed class SystemUser : ICurrentUser
{
    public static SystemUser Instance { get; } = new();

    private SystemUser()
    {
    }

    public Guid? UserId => null;

    public bool IsAuthenticated => true;

    public IReadOnlyCollection<string> Roles { get; } = [Domain.Security.Roles.System];
}

using Remiv.Application.Common.Security;

namespace Remiv.Bench;

/// <summary>
/// The person the benchmark acts as. The web host reads the user from the HTTP request; here the benchmark
/// switches identity between runs (a coordinator sees every young person, a youth worker their follow-up groups).
/// </summary>
public sealed class BenchUser : ICurrentUser
{
    private string[] _roles = [];

    public Guid? UserId { get; private set; }

    public bool IsAuthenticated => UserId is not null;

    public IReadOnlyCollection<string> Roles => _roles;

    public void ActAs(Guid userId, params string[] roles)
    {
        UserId = userId;
        _roles = roles;
    }

    public void ActAsNobody()
    {
        UserId = null;
        _roles = [];
    }
}

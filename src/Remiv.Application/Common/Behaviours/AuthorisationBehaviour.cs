using System.Reflection;
using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Security;

namespace Remiv.Application.Common.Behaviours;

/// <summary>
/// Deny by default: a request runs only when it declares who may send it
/// (<see cref="RequiresPermissionAttribute"/>, <see cref="RequiresSignedInUserAttribute"/> or
/// <see cref="AllowAnonymousRequestAttribute"/>) and the sender qualifies. Pages, API and jobs all pass here.
/// </summary>
public sealed class AuthorisationBehaviour<TMessage, TResponse>(ICurrentUser currentUser)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly RequestAccess Access = RequestAccess.Of(typeof(TMessage));

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        Access.Demand(currentUser);
        return next(message, cancellationToken);
    }
}

/// <summary>What a request type declares about who may send it.</summary>
public sealed class RequestAccess
{
    private readonly bool _anonymous;
    private readonly bool _signedIn;
    private readonly RequiresPermissionAttribute[] _permissions;

    private RequestAccess(Type requestType)
    {
        _anonymous = requestType.GetCustomAttribute<AllowAnonymousRequestAttribute>() is not null;
        _signedIn = requestType.GetCustomAttribute<RequiresSignedInUserAttribute>() is not null;
        _permissions = [.. requestType.GetCustomAttributes<RequiresPermissionAttribute>()];
    }

    /// <summary>
    /// True when the request type says who may send it, in exactly one way. A request that says nothing,
    /// or contradicts itself (anonymous and restricted at once), is always refused.
    /// </summary>
    public bool IsDeclared => (_anonymous ? 1 : 0) + (_signedIn ? 1 : 0) + (_permissions.Length > 0 ? 1 : 0) == 1;

    public static RequestAccess Of(Type requestType) => new(requestType);

    public void Demand(ICurrentUser user)
    {
        if (!IsDeclared)
        {
            throw new ForbiddenAccessException();
        }

        if (_anonymous)
        {
            return;
        }

        if (!user.IsAuthenticated)
        {
            throw new NotSignedInException();
        }

        if (!_permissions.All(p => user.Has(p.Permission)))
        {
            throw new ForbiddenAccessException();
        }
    }
}

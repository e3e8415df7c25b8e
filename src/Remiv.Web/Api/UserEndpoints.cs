using Mediator;
using Remiv.Application.Users.Commands;
using Remiv.Application.Users.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Api;

/// <summary>The signed-in user's account, and account administration for administrators.</summary>
internal static class UserEndpoints
{
    public static void MapUserEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/me", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetMyAccount(), ct)))
            .WithTags("Compte").WithSummary("Mon compte : nom, rôles et permissions.");

        var users = api.MapGroup("/users").WithTags("Administration des comptes")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageUsers));
        users.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListUsers(), ct)));
        users.MapPost("/invitations", async (InviteUser command, ISender sender, CancellationToken ct) =>
        {
            var sent = await sender.Send(command, ct);
            return TypedResults.Created($"/api/v1/users/{sent.UserId:D}", sent);
        });
        users.MapPost("/{id:guid}/invitations", async (Guid id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new RenewInvitation(id), ct)));
        users.MapPut("/{id:guid}/roles", async (Guid id, RolesBody body, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new ChangeUserRoles(id, body.Roles), ct);
            return TypedResults.NoContent();
        });
        users.MapPut("/{id:guid}/active", async (Guid id, ActiveBody body, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new SetUserActive(id, body.Active), ct);
            return TypedResults.NoContent();
        });

        api.MapPut("/roles/{role}/two-factor", async (string role, TwoFactorBody body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new SetRoleTwoFactorRequirement(role, body.Required), ct);
                return TypedResults.NoContent();
            })
            .WithTags("Administration des comptes")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageUsers));
    }

    internal sealed record RolesBody(IReadOnlyCollection<string> Roles);

    internal sealed record ActiveBody(bool Active);

    internal sealed record TwoFactorBody(bool Required);
}

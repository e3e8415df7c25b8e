using Mediator;
using Remiv.Application.Common.Behaviours;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Security;
using Remiv.Application.Tests.TestSupport;
using Remiv.Application.Users.Commands;
using Remiv.Domain.Security;

namespace Remiv.Application.Tests.Common.Behaviours;

public sealed class AuthorisationBehaviourTests
{
    private int _handlerCalls;

    [SetUp]
    public void ResetHandlerCalls() => _handlerCalls = 0;

    [Test]
    public async Task AuthorisationBehaviour_refuses_a_request_that_declares_no_access_rule_even_for_a_user_holding_every_role()
    {
        var behaviour = new AuthorisationBehaviour<UndeclaredRequest, string>(TestUser.SignedIn([.. Roles.All]));

        await Should.ThrowAsync<ForbiddenAccessException>(async () => await behaviour.Handle(new UndeclaredRequest(), Next<UndeclaredRequest>(), CancellationToken.None));

        _handlerCalls.ShouldBe(0);
    }

    [Test]
    public async Task AuthorisationBehaviour_refuses_an_undeclared_request_from_an_anonymous_sender()
    {
        var behaviour = new AuthorisationBehaviour<UndeclaredRequest, string>(TestUser.Anonymous());

        await Should.ThrowAsync<ForbiddenAccessException>(async () => await behaviour.Handle(new UndeclaredRequest(), Next<UndeclaredRequest>(), CancellationToken.None));

        _handlerCalls.ShouldBe(0);
    }

    [Test]
    public async Task AuthorisationBehaviour_runs_an_anonymous_request_without_a_signed_in_user()
    {
        var behaviour = new AuthorisationBehaviour<AnonymousRequest, string>(TestUser.Anonymous());

        var response = await behaviour.Handle(new AnonymousRequest(), Next<AnonymousRequest>(), CancellationToken.None);

        response.ShouldBe("handled");
        _handlerCalls.ShouldBe(1);
    }

    [Test]
    public async Task AuthorisationBehaviour_refuses_a_request_declared_both_anonymous_and_restricted_even_to_an_administrator()
    {
        var behaviour = new AuthorisationBehaviour<ContradictoryRequest, string>(TestUser.SignedIn(Guid.NewGuid(), [.. Roles.All]));

        await Should.ThrowAsync<ForbiddenAccessException>(async () =>
            await behaviour.Handle(new ContradictoryRequest(), Next<ContradictoryRequest>(), CancellationToken.None));

        _handlerCalls.ShouldBe(0);
        RequestAccess.Of(typeof(ContradictoryRequest)).IsDeclared.ShouldBeFalse();
    }

    [Test]
    public async Task AuthorisationBehaviour_refuses_a_signed_in_request_from_an_anonymous_sender_with_NotSignedInException()
    {
        var behaviour = new AuthorisationBehaviour<SignedInRequest, string>(TestUser.Anonymous());

        await Should.ThrowAsync<NotSignedInException>(async () => await behaviour.Handle(new SignedInRequest(), Next<SignedInRequest>(), CancellationToken.None));

        _handlerCalls.ShouldBe(0);
    }

    [Test]
    public async Task AuthorisationBehaviour_lets_any_signed_in_user_send_a_signed_in_request_even_without_roles()
    {
        var behaviour = new AuthorisationBehaviour<SignedInRequest, string>(TestUser.SignedIn());

        var response = await behaviour.Handle(new SignedInRequest(), Next<SignedInRequest>(), CancellationToken.None);

        response.ShouldBe("handled");
        _handlerCalls.ShouldBe(1);
    }

    [Test]
    public async Task AuthorisationBehaviour_refuses_a_signed_in_user_whose_roles_lack_the_required_permission()
    {
        var behaviour = new AuthorisationBehaviour<ManageUsersRequest, string>(TestUser.SignedIn(Roles.Coordinator, Roles.YouthWorker, Roles.Psychologist));

        await Should.ThrowAsync<ForbiddenAccessException>(async () => await behaviour.Handle(new ManageUsersRequest(), Next<ManageUsersRequest>(), CancellationToken.None));

        _handlerCalls.ShouldBe(0);
    }

    [Test]
    public async Task AuthorisationBehaviour_accepts_a_signed_in_user_whose_role_grants_the_required_permission()
    {
        var behaviour = new AuthorisationBehaviour<ManageUsersRequest, string>(TestUser.SignedIn(Roles.Admin));

        var response = await behaviour.Handle(new ManageUsersRequest(), Next<ManageUsersRequest>(), CancellationToken.None);

        response.ShouldBe("handled");
        _handlerCalls.ShouldBe(1);
    }

    [Test]
    public async Task AuthorisationBehaviour_refuses_the_staff_area_to_an_administrator()
    {
        var behaviour = new AuthorisationBehaviour<StaffAreaRequest, string>(TestUser.SignedIn(Roles.Admin));

        await Should.ThrowAsync<ForbiddenAccessException>(async () => await behaviour.Handle(new StaffAreaRequest(), Next<StaffAreaRequest>(), CancellationToken.None));

        _handlerCalls.ShouldBe(0);
    }

    [Test]
    public async Task AuthorisationBehaviour_accepts_the_staff_area_for_a_user_with_one_staff_role_among_others()
    {
        var behaviour = new AuthorisationBehaviour<StaffAreaRequest, string>(TestUser.SignedIn("Unknown", Roles.YouthWorker));

        var response = await behaviour.Handle(new StaffAreaRequest(), Next<StaffAreaRequest>(), CancellationToken.None);

        response.ShouldBe("handled");
        _handlerCalls.ShouldBe(1);
    }

    [Test]
    public async Task AuthorisationBehaviour_refuses_a_permission_request_from_an_anonymous_sender_with_NotSignedInException()
    {
        var behaviour = new AuthorisationBehaviour<ManageUsersRequest, string>(TestUser.Anonymous());

        await Should.ThrowAsync<NotSignedInException>(async () => await behaviour.Handle(new ManageUsersRequest(), Next<ManageUsersRequest>(), CancellationToken.None));

        _handlerCalls.ShouldBe(0);
    }

    [Test]
    public async Task AuthorisationBehaviour_does_not_trust_roles_of_a_sender_that_is_not_signed_in()
    {
        var notSignedIn = new TestUser(Guid.NewGuid(), isAuthenticated: false, [Roles.Admin]);
        var behaviour = new AuthorisationBehaviour<ManageUsersRequest, string>(notSignedIn);

        await Should.ThrowAsync<NotSignedInException>(async () => await behaviour.Handle(new ManageUsersRequest(), Next<ManageUsersRequest>(), CancellationToken.None));

        _handlerCalls.ShouldBe(0);
    }

    [Test]
    public async Task AuthorisationBehaviour_refuses_a_coordinator_who_tries_to_invite_a_user()
    {
        var behaviour = new AuthorisationBehaviour<InviteUser, InvitationSent>(TestUser.SignedIn(Roles.Coordinator));
        var calls = 0;
        MessageHandlerDelegate<InviteUser, InvitationSent> next = (_, _) =>
        {
            calls++;
            return ValueTask.FromResult(new InvitationSent(Guid.NewGuid(), new Uri("https://remiv.example/"), EmailSent: false));
        };

        await Should.ThrowAsync<ForbiddenAccessException>(async () =>
            await behaviour.Handle(new InviteUser("a@remiv.example", "A", [Roles.Admin]), next, CancellationToken.None));

        calls.ShouldBe(0);
    }

    [Test]
    public void AuthorisationBehaviour_finds_an_access_rule_on_every_request_of_the_application()
    {
        var requestTypes = typeof(InviteUser).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IMessage).IsAssignableFrom(t))
            .ToList();

        requestTypes.ShouldNotBeEmpty();
        requestTypes.Where(t => !RequestAccess.Of(t).IsDeclared).Select(t => t.FullName).ShouldBeEmpty();
    }

    private MessageHandlerDelegate<TMessage, string> Next<TMessage>()
        where TMessage : notnull, IMessage =>
        (_, _) =>
        {
            _handlerCalls++;
            return ValueTask.FromResult("handled");
        };
}

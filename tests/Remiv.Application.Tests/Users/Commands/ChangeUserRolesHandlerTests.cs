using Moq;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Tests.TestSupport;
using Remiv.Application.Users.Commands;
using Remiv.Domain.Security;

namespace Remiv.Application.Tests.Users.Commands;

public sealed class ChangeUserRolesHandlerTests
{
    private readonly Guid _target = Guid.NewGuid();
    private Mock<IIdentityService> _identity = null!;
    private Mock<IAuditLog> _audit = null!;
    private ChangeUserRolesHandler _handler = null!;
    private IReadOnlyCollection<string>? _rolesSet;

    [SetUp]
    public void CreateHandler()
    {
        _rolesSet = null;
        _identity = new Mock<IIdentityService>();
        _identity.Setup(i => i.SetRolesAsync(It.IsAny<Guid>(), It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .Callback<Guid, IReadOnlyCollection<string>, CancellationToken>((_, roles, _) => _rolesSet = roles)
            .ReturnsAsync((Guid id, IReadOnlyCollection<string> _, CancellationToken _) => IdentityOutcome.Success(id));
        _audit = new Mock<IAuditLog>();
        _handler = new ChangeUserRolesHandler(_identity.Object, _audit.Object);
    }

    private void Users(params UserSummary[] users)
    {
        foreach (var user in users)
        {
            _identity.Setup(i => i.FindUserAsync(user.Id, It.IsAny<CancellationToken>())).ReturnsAsync(user);
        }

        _identity.Setup(i => i.ListUsersAsync(It.IsAny<CancellationToken>())).ReturnsAsync(users);
    }

    [Test]
    public async Task ChangeUserRolesHandler_refuses_to_remove_the_Admin_role_from_the_last_active_administrator()
    {
        Users(
            Accounts.Summary(_target, [Roles.Admin]),
            Accounts.Summary(Guid.NewGuid(), [Roles.Admin], isActive: false),
            Accounts.Summary(Guid.NewGuid(), [Roles.Coordinator]));

        var exception = await Should.ThrowAsync<RequestValidationException>(async () =>
            await _handler.Handle(new ChangeUserRoles(_target, [Roles.Coordinator]), CancellationToken.None));

        exception.Errors[nameof(ChangeUserRoles.Roles)].ShouldBe(
            ["C'est le dernier compte d'administration actif. Donnez d'abord le rôle Administration à un autre compte."]);
        _identity.Verify(i => i.SetRolesAsync(It.IsAny<Guid>(), It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()), Times.Never);
        _audit.VerifyNoOtherCalls();
    }

    [Test]
    public async Task ChangeUserRolesHandler_removes_the_Admin_role_when_another_active_administrator_remains()
    {
        Users(Accounts.Summary(_target, [Roles.Admin]), Accounts.Summary(Guid.NewGuid(), [Roles.Admin]));

        var result = await _handler.Handle(new ChangeUserRoles(_target, [Roles.Coordinator]), CancellationToken.None);

        result.ShouldBe(_target);
        _rolesSet.ShouldBe([Roles.Coordinator]);
        _audit.Verify(a => a.Record("user.roles-changed", "User", _target.ToString()), Times.Once);
    }

    [Test]
    public async Task ChangeUserRolesHandler_lets_the_last_administrator_gain_a_role_while_keeping_Admin()
    {
        Users(Accounts.Summary(_target, [Roles.Admin]));

        await _handler.Handle(new ChangeUserRoles(_target, [Roles.Admin, Roles.Coordinator, Roles.Admin]), CancellationToken.None);

        _rolesSet.ShouldBe([Roles.Admin, Roles.Coordinator], ignoreOrder: true);
        _audit.Verify(a => a.Record("user.roles-changed", "User", _target.ToString()), Times.Once);
    }

    [Test]
    public async Task ChangeUserRolesHandler_answers_not_found_for_an_unknown_account()
    {
        Users();

        await Should.ThrowAsync<NotFoundException>(async () =>
            await _handler.Handle(new ChangeUserRoles(_target, [Roles.Coordinator]), CancellationToken.None));

        _audit.VerifyNoOtherCalls();
    }

    [Test]
    public async Task ChangeUserRolesHandler_reports_a_refusal_of_the_accounts_store_on_Roles_without_auditing()
    {
        Users(Accounts.Summary(_target, [Roles.YouthWorker]));
        _identity.Setup(i => i.SetRolesAsync(It.IsAny<Guid>(), It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(IdentityOutcome.Failure<Guid>("Ce rôle n'a pas pu être attribué."));

        var exception = await Should.ThrowAsync<RequestValidationException>(async () =>
            await _handler.Handle(new ChangeUserRoles(_target, [Roles.Coordinator]), CancellationToken.None));

        exception.Errors[nameof(ChangeUserRoles.Roles)].ShouldBe(["Ce rôle n'a pas pu être attribué."]);
        _audit.VerifyNoOtherCalls();
    }
}

using Moq;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Tests.TestSupport;
using Remiv.Application.Users.Commands;
using Remiv.Domain.Security;

namespace Remiv.Application.Tests.Users.Commands;

public sealed class SetUserActiveHandlerTests
{
    private const string LastAdministratorMessage =
        "C'est le dernier compte d'administration actif. Donnez d'abord le rôle Administration à un autre compte.";

    private readonly Guid _me = Guid.NewGuid();
    private readonly Guid _target = Guid.NewGuid();
    private Mock<IIdentityService> _identity = null!;
    private Mock<IAuditLog> _audit = null!;
    private SetUserActiveHandler _handler = null!;

    [SetUp]
    public void CreateHandler()
    {
        _identity = new Mock<IIdentityService>();
        _identity.Setup(i => i.SetActiveAsync(It.IsAny<Guid>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Guid id, bool _, CancellationToken _) => IdentityOutcome.Success(id));
        _audit = new Mock<IAuditLog>();
        _handler = new SetUserActiveHandler(_identity.Object, TestUser.SignedIn(_me, Roles.Admin), _audit.Object);
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
    public async Task SetUserActiveHandler_refuses_to_deactivate_the_administrators_own_account()
    {
        Users(Accounts.Summary(_me, [Roles.Admin]), Accounts.Summary(Guid.NewGuid(), [Roles.Admin]));

        var exception = await Should.ThrowAsync<RequestValidationException>(async () =>
            await _handler.Handle(new SetUserActive(_me, Active: false), CancellationToken.None));

        exception.Errors[nameof(SetUserActive.Active)].ShouldBe(["Vous ne pouvez pas désactiver votre propre compte."]);
        _identity.Verify(i => i.SetActiveAsync(It.IsAny<Guid>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Never);
        _audit.VerifyNoOtherCalls();
    }

    [Test]
    public async Task SetUserActiveHandler_refuses_to_deactivate_the_last_active_administrator()
    {
        Users(
            Accounts.Summary(_me, [Roles.Coordinator]),
            Accounts.Summary(_target, [Roles.Admin]),
            Accounts.Summary(Guid.NewGuid(), [Roles.Admin], isActive: false),
            Accounts.Summary(Guid.NewGuid(), [Roles.Admin], hasPassword: false));

        var exception = await Should.ThrowAsync<RequestValidationException>(async () =>
            await _handler.Handle(new SetUserActive(_target, Active: false), CancellationToken.None));

        exception.Errors["Roles"].ShouldBe([LastAdministratorMessage]);
        _identity.Verify(i => i.SetActiveAsync(It.IsAny<Guid>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Never);
        _audit.VerifyNoOtherCalls();
    }

    [Test]
    public async Task SetUserActiveHandler_deactivates_an_administrator_when_another_active_administrator_with_a_password_remains()
    {
        Users(Accounts.Summary(_me, [Roles.Admin]), Accounts.Summary(_target, [Roles.Admin, Roles.Coordinator]));

        var result = await _handler.Handle(new SetUserActive(_target, Active: false), CancellationToken.None);

        result.ShouldBe(_target);
        _identity.Verify(i => i.SetActiveAsync(_target, false, It.IsAny<CancellationToken>()), Times.Once);
        _audit.Verify(a => a.Record("user.deactivated", "User", _target.ToString()), Times.Once);
    }

    [Test]
    public async Task SetUserActiveHandler_deactivates_a_staff_member_without_any_administrator_check()
    {
        Users(Accounts.Summary(_me, [Roles.Admin]), Accounts.Summary(_target, [Roles.YouthWorker]));

        await _handler.Handle(new SetUserActive(_target, Active: false), CancellationToken.None);

        _identity.Verify(i => i.SetActiveAsync(_target, false, It.IsAny<CancellationToken>()), Times.Once);
        _audit.Verify(a => a.Record("user.deactivated", "User", _target.ToString()), Times.Once);
    }

    [Test]
    public async Task SetUserActiveHandler_reactivates_an_account_and_records_it()
    {
        Users(Accounts.Summary(_me, [Roles.Admin]), Accounts.Summary(_target, [Roles.Admin], isActive: false));

        await _handler.Handle(new SetUserActive(_target, Active: true), CancellationToken.None);

        _identity.Verify(i => i.SetActiveAsync(_target, true, It.IsAny<CancellationToken>()), Times.Once);
        _audit.Verify(a => a.Record("user.reactivated", "User", _target.ToString()), Times.Once);
    }

    [Test]
    public async Task SetUserActiveHandler_answers_not_found_for_an_unknown_account()
    {
        Users(Accounts.Summary(_me, [Roles.Admin]));

        await Should.ThrowAsync<NotFoundException>(async () =>
            await _handler.Handle(new SetUserActive(Guid.NewGuid(), Active: false), CancellationToken.None));

        _identity.Verify(i => i.SetActiveAsync(It.IsAny<Guid>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Never);
        _audit.VerifyNoOtherCalls();
    }

    [Test]
    public async Task SetUserActiveHandler_reports_a_refusal_of_the_accounts_store_and_records_nothing()
    {
        Users(Accounts.Summary(_me, [Roles.Admin]), Accounts.Summary(_target, [Roles.YouthWorker]));
        _identity.Setup(i => i.SetActiveAsync(_target, false, It.IsAny<CancellationToken>()))
            .ReturnsAsync(IdentityOutcome.Failure<Guid>("Ce compte est introuvable."));

        await Should.ThrowAsync<NotFoundException>(async () =>
            await _handler.Handle(new SetUserActive(_target, Active: false), CancellationToken.None));

        _audit.VerifyNoOtherCalls();
    }
}

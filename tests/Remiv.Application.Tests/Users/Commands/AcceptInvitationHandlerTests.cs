using Moq;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Users.Commands;

namespace Remiv.Application.Tests.Users.Commands;

public sealed class AcceptInvitationHandlerTests
{
    private readonly Guid _userId = Guid.NewGuid();
    private Mock<IIdentityService> _identity = null!;
    private Mock<IAuditLog> _audit = null!;
    private AcceptInvitationHandler _handler = null!;

    [SetUp]
    public void CreateHandler()
    {
        _identity = new Mock<IIdentityService>();
        _audit = new Mock<IAuditLog>();
        _handler = new AcceptInvitationHandler(_identity.Object, _audit.Object);
    }

    private AcceptInvitation Command() => new(_userId, "CfDJ8token", "Un mot de passe solide 42", "Un mot de passe solide 42");

    [Test]
    public async Task AcceptInvitationHandler_reports_the_refusal_of_the_accounts_store_on_Password_and_records_nothing()
    {
        _identity.Setup(i => i.AcceptInvitationAsync(_userId, "CfDJ8token", "Un mot de passe solide 42", It.IsAny<CancellationToken>()))
            .ReturnsAsync(IdentityOutcome.Failure<Guid>("Ce lien ou ce code n'est plus valable. Demandez-en un nouveau.", "Le mot de passe est trop court."));

        var exception = await Should.ThrowAsync<RequestValidationException>(async () => await _handler.Handle(Command(), CancellationToken.None));

        exception.Errors.Keys.ShouldBe([nameof(AcceptInvitation.Password)]);
        exception.Errors[nameof(AcceptInvitation.Password)].ShouldBe(
            ["Ce lien ou ce code n'est plus valable. Demandez-en un nouveau.", "Le mot de passe est trop court."]);
        _audit.VerifyNoOtherCalls();
    }

    [Test]
    public async Task AcceptInvitationHandler_sets_the_password_and_records_the_acceptance()
    {
        _identity.Setup(i => i.AcceptInvitationAsync(_userId, "CfDJ8token", "Un mot de passe solide 42", It.IsAny<CancellationToken>()))
            .ReturnsAsync(IdentityOutcome.Success(_userId));

        var result = await _handler.Handle(Command(), CancellationToken.None);

        result.ShouldBe(_userId);
        _identity.Verify(i => i.AcceptInvitationAsync(_userId, "CfDJ8token", "Un mot de passe solide 42", It.IsAny<CancellationToken>()), Times.Once);
        _audit.Verify(a => a.Record("user.invitation-accepted", "User", _userId.ToString()), Times.Once);
    }
}

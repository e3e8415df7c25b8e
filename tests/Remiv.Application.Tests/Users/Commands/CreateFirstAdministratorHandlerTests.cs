using Moq;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Users.Commands;
using Remiv.Domain.Security;

namespace Remiv.Application.Tests.Users.Commands;

public sealed class CreateFirstAdministratorHandlerTests
{
    private const string SetupToken = "4F2A-91C3";

    private Mock<IIdentityService> _identity = null!;
    private Mock<IFirstRunSetup> _setup = null!;
    private Mock<IAuditLog> _audit = null!;
    private CreateFirstAdministratorHandler _handler = null!;

    [SetUp]
    public void CreateHandler()
    {
        _identity = new Mock<IIdentityService>();
        _identity.Setup(i => i.AnyUserExistsAsync(It.IsAny<CancellationToken>())).ReturnsAsync(false);
        _setup = new Mock<IFirstRunSetup>();
        _setup.Setup(s => s.Accepts(SetupToken)).Returns(true);
        _audit = new Mock<IAuditLog>();
        _handler = new CreateFirstAdministratorHandler(_identity.Object, _setup.Object, _audit.Object);
    }

    private static CreateFirstAdministrator Command(string token = SetupToken) =>
        new(token, "  direction@remiv.example ", " Nadia Benali ", "Un mot de passe solide 42");

    [Test]
    public async Task CreateFirstAdministratorHandler_answers_not_found_once_any_user_exists()
    {
        _identity.Setup(i => i.AnyUserExistsAsync(It.IsAny<CancellationToken>())).ReturnsAsync(true);

        await Should.ThrowAsync<NotFoundException>(async () => await _handler.Handle(Command(), CancellationToken.None));

        _identity.Verify(i => i.CreateUserAsync(It.IsAny<NewAccount>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        _setup.Verify(s => s.Complete(), Times.Never);
        _audit.VerifyNoOtherCalls();
    }

    [Test]
    public async Task CreateFirstAdministratorHandler_refuses_a_wrong_setup_code_on_SetupToken_and_creates_no_user()
    {
        var exception = await Should.ThrowAsync<RequestValidationException>(async () => await _handler.Handle(Command("WRONG-CODE"), CancellationToken.None));

        exception.Errors.Keys.ShouldBe([nameof(CreateFirstAdministrator.SetupToken)]);
        exception.Errors[nameof(CreateFirstAdministrator.SetupToken)].ShouldBe(
            ["Ce code d'installation est incorrect. Recopiez celui affiché dans la console du serveur au démarrage."]);
        _identity.Verify(i => i.CreateUserAsync(It.IsAny<NewAccount>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        _setup.Verify(s => s.Complete(), Times.Never);
        _audit.VerifyNoOtherCalls();
    }

    [Test]
    public async Task CreateFirstAdministratorHandler_creates_an_administrator_records_it_and_closes_the_setup()
    {
        var newId = Guid.NewGuid();
        NewAccount? created = null;
        string? password = null;
        _identity.Setup(i => i.CreateUserAsync(It.IsAny<NewAccount>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<NewAccount, string, CancellationToken>((account, pwd, _) => (created, password) = (account, pwd))
            .ReturnsAsync(IdentityOutcome.Success(newId));

        var result = await _handler.Handle(Command(), CancellationToken.None);

        result.ShouldBe(newId);
        created.ShouldNotBeNull();
        created.Email.ShouldBe("direction@remiv.example");
        created.DisplayName.ShouldBe("Nadia Benali");
        created.Roles.ShouldBe([Roles.Admin]);
        password.ShouldBe("Un mot de passe solide 42");
        _audit.Verify(a => a.Record("setup.first-administrator-created", "User", newId.ToString()), Times.Once);
        _setup.Verify(s => s.Complete(), Times.Once);
    }

    [Test]
    public async Task CreateFirstAdministratorHandler_reports_a_password_the_store_refuses_and_keeps_the_setup_open()
    {
        _identity.Setup(i => i.CreateUserAsync(It.IsAny<NewAccount>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(IdentityOutcome.Failure<Guid>("Le mot de passe est trop court.", "Ce mot de passe est trop courant."));

        var exception = await Should.ThrowAsync<RequestValidationException>(async () => await _handler.Handle(Command(), CancellationToken.None));

        exception.Errors[nameof(CreateFirstAdministrator.Password)].ShouldBe(["Le mot de passe est trop court.", "Ce mot de passe est trop courant."]);
        _setup.Verify(s => s.Complete(), Times.Never);
        _audit.VerifyNoOtherCalls();
    }
}

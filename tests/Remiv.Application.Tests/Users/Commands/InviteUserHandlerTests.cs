using Moq;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Users.Commands;
using Remiv.Domain.Security;

namespace Remiv.Application.Tests.Users.Commands;

public sealed class InviteUserHandlerTests
{
    private const string InviteeEmail = "camille.martin@remiv.example";
    private const string InviteeName = "Camille Martin";
    private const string Token = "CfDJ8token+/=";

    private static readonly Guid NewUserId = Guid.NewGuid();
    private static readonly Uri Link = new($"https://remiv.example/Invitation?u={NewUserId:D}&t=CfDJ8token%2B%2F%3D");

    private Mock<IIdentityService> _identity = null!;
    private Mock<IEmailSender> _email = null!;
    private Mock<IAppLinks> _links = null!;
    private Mock<IAuditLog> _audit = null!;
    private InviteUserHandler _handler = null!;
    private NewAccount? _created;

    [SetUp]
    public void CreateHandler()
    {
        _created = null;
        _identity = new Mock<IIdentityService>();
        _identity.Setup(i => i.EmailIsTakenAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        _identity.Setup(i => i.CreateInvitedUserAsync(It.IsAny<NewAccount>(), It.IsAny<CancellationToken>()))
            .Callback<NewAccount, CancellationToken>((account, _) => _created = account)
            .ReturnsAsync(IdentityOutcome.Success(new InvitationTicket(NewUserId, InviteeEmail, Token)));
        _email = new Mock<IEmailSender>();
        _links = new Mock<IAppLinks>();
        _links.Setup(l => l.Invitation(NewUserId, Token)).Returns(Link);
        _audit = new Mock<IAuditLog>();
        _handler = new InviteUserHandler(_identity.Object, new InvitationMailer(_email.Object, _links.Object), _audit.Object);
    }

    private static InviteUser Command() => new($" {InviteeEmail} ", $" {InviteeName} ", [Roles.YouthWorker, Roles.Psychologist, Roles.YouthWorker]);

    [Test]
    public async Task InviteUserHandler_refuses_an_email_that_already_has_an_account()
    {
        _identity.Setup(i => i.EmailIsTakenAsync(InviteeEmail, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var exception = await Should.ThrowAsync<RequestValidationException>(async () => await _handler.Handle(Command(), CancellationToken.None));

        exception.Errors[nameof(InviteUser.Email)].ShouldBe(["Un compte existe déjà avec cette adresse e-mail. Retrouvez-le dans la liste des comptes."]);
        _identity.Verify(i => i.CreateInvitedUserAsync(It.IsAny<NewAccount>(), It.IsAny<CancellationToken>()), Times.Never);
        _email.Verify(e => e.SendAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        _audit.VerifyNoOtherCalls();
    }

    [Test]
    public async Task InviteUserHandler_creates_the_account_with_trimmed_details_and_each_role_once()
    {
        await _handler.Handle(Command(), CancellationToken.None);

        _created.ShouldNotBeNull();
        _created.Email.ShouldBe(InviteeEmail);
        _created.DisplayName.ShouldBe(InviteeName);
        _created.Roles.ShouldBe([Roles.YouthWorker, Roles.Psychologist], ignoreOrder: true);
        _audit.Verify(a => a.Record("user.invited", "User", NewUserId.ToString()), Times.Once);
    }

    [Test]
    public async Task InviteUserHandler_returns_the_link_without_sending_mail_when_no_mail_server_is_configured()
    {
        _email.Setup(e => e.IsConfigured).Returns(false);

        var sent = await _handler.Handle(Command(), CancellationToken.None);

        sent.UserId.ShouldBe(NewUserId);
        sent.Link.ShouldBe(Link);
        sent.EmailSent.ShouldBeFalse();
        _email.Verify(e => e.SendAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task InviteUserHandler_mails_the_link_to_the_invitee_without_naming_them_when_a_mail_server_is_configured()
    {
        _email.Setup(e => e.IsConfigured).Returns(true);
        string? recipient = null;
        string? subject = null;
        string? body = null;
        _email.Setup(e => e.SendAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<string, string, string, CancellationToken>((to, s, b, _) => (recipient, subject, body) = (to, s, b))
            .Returns(Task.CompletedTask);

        var sent = await _handler.Handle(Command(), CancellationToken.None);

        sent.EmailSent.ShouldBeTrue();
        sent.Link.ShouldBe(Link);
        _email.Verify(e => e.SendAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        recipient.ShouldBe(InviteeEmail);
        body.ShouldNotBeNull();
        body.ShouldContain(Link.AbsoluteUri);
        body.ShouldNotContain(InviteeName);
        body.ShouldNotContain("Camille");
        body.ShouldNotContain("Martin");
        subject.ShouldNotBeNull();
        subject.ShouldNotContain("Camille");
    }

    [Test]
    public async Task InviteUserHandler_reports_on_Email_when_the_accounts_store_refuses_the_account()
    {
        _identity.Setup(i => i.CreateInvitedUserAsync(It.IsAny<NewAccount>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(IdentityOutcome.Failure<InvitationTicket>("Cette adresse e-mail n'est pas acceptée."));

        var exception = await Should.ThrowAsync<RequestValidationException>(async () => await _handler.Handle(Command(), CancellationToken.None));

        exception.Errors[nameof(InviteUser.Email)].ShouldBe(["Cette adresse e-mail n'est pas acceptée."]);
        _email.Verify(e => e.SendAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        _audit.VerifyNoOtherCalls();
    }
}

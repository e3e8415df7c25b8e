using FluentValidation;
using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Common.Validation;
using Remiv.Domain.Security;

namespace Remiv.Application.Users.Commands;

/// <summary>An administrator opens an account for a colleague, who then chooses their own password through a link.</summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record InviteUser(string Email, string DisplayName, IReadOnlyCollection<string> Roles) : ICommand<InvitationSent>;

/// <summary>The link is returned so the administrator can pass it on by hand when no mail server is configured.</summary>
public sealed record InvitationSent(Guid UserId, Uri Link, bool EmailSent);

public sealed class InviteUserValidator : AbstractValidator<InviteUser>
{
    public InviteUserValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.DisplayName).ValidDisplayName();
        RuleFor(c => c.Roles).ValidRoles();
    }
}

public sealed class InviteUserHandler(IIdentityService identity, InvitationMailer mailer, IAuditLog audit)
    : ICommandHandler<InviteUser, InvitationSent>
{
    public async ValueTask<InvitationSent> Handle(InviteUser command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        if (await identity.EmailIsTakenAsync(email, cancellationToken))
        {
            throw new RequestValidationException(nameof(command.Email),
                "Un compte existe déjà avec cette adresse e-mail. Retrouvez-le dans la liste des comptes.");
        }

        var outcome = await identity.CreateInvitedUserAsync(
            new NewAccount(email, command.DisplayName.Trim(), [.. command.Roles.Distinct(StringComparer.Ordinal)]), cancellationToken);
        if (!outcome.Succeeded || outcome.Value is null)
        {
            throw new RequestValidationException(nameof(command.Email), outcome.Errors);
        }

        audit.Record("user.invited", "User", outcome.Value.UserId.ToString());
        return await mailer.SendAsync(outcome.Value, cancellationToken);
    }
}

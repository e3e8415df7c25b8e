using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Partners;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Referrals.Commands;

/// <summary>
/// Sends a young person to a partner of the directory for a need, on a track the user may write (the psychological
/// one for psychologists alone), dated today unless said otherwise. Refused for an unknown or withdrawn partner, an
/// archived file, a date in the future or before the first contact.
/// </summary>
[RequiresPermission(Permission.ManageReferrals)]
public sealed record ProposeReferral(Guid YouthId, Guid PartnerId, Track Track, string? Need, DateOnly? Date) : ICommand<Guid>;

public sealed class ProposeReferralValidator : AbstractValidator<ProposeReferral>
{
    public const string UnknownPartner = "Ce partenaire n'existe pas : choisissez-en un dans l'annuaire.";

    public ProposeReferralValidator()
    {
        RuleFor(c => c.PartnerId).NotEmpty().WithMessage(UnknownPartner);
        RuleFor(c => c.Track).IsInEnum().WithMessage("Choisissez le volet dans la liste.");
    }
}

public sealed class ProposeReferralHandler(YouthAccess access, IApplicationDbContext db, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<ProposeReferral, Guid>
{
    public async ValueTask<Guid> Handle(ProposeReferral command, CancellationToken cancellationToken)
    {
        if (!access.CanWrite(command.Track) || !access.CanRead(command.Track))
        {
            throw new ForbiddenAccessException();
        }

        var youth = await access.LoadAsync(command.YouthId, cancellationToken);
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == command.PartnerId, cancellationToken)
                      ?? throw new RequestValidationException(nameof(ProposeReferral.PartnerId), ProposeReferralValidator.UnknownPartner);
        var today = clock.Today();
        var referral = Referral.Propose(youth, partner, command.Track, command.Need, command.Date ?? today, access.UserId, today, clock.GetUtcNow());
        db.Referrals.Add(referral);
        audit.Record("referral.proposed", "Referral", referral.Id.ToString());
        return referral.Id;
    }
}

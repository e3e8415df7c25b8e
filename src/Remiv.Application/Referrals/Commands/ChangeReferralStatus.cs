using FluentValidation;
using Mediator;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Partners;
using Remiv.Domain.Security;

namespace Remiv.Application.Referrals.Commands;

/// <summary>
/// Records the referral's next status (accepted, in progress, done, refused, no answer), dated (today unless said
/// otherwise), with a note; the outcome is required when it is done. Done and refused are final.
/// </summary>
[RequiresPermission(Permission.ManageReferrals)]
public sealed record ChangeReferralStatus(Guid ReferralId, int ExpectedVersion, ReferralStatus Status, DateOnly? Date, string? Outcome) : ICommand<int>;

public sealed class ChangeReferralStatusValidator : AbstractValidator<ChangeReferralStatus>
{
    public ChangeReferralStatusValidator() =>
        RuleFor(c => c.Status).IsInEnum().NotEqual(ReferralStatus.Proposed)
            .WithMessage("Choisissez le nouveau statut dans la liste.");
}

public sealed class ChangeReferralStatusHandler(YouthAccess access, IApplicationDbContext db, IIdentityService identity, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<ChangeReferralStatus, int>
{
    public async ValueTask<int> Handle(ChangeReferralStatus command, CancellationToken cancellationToken)
    {
        var (referral, youth) = await new ReferralAccess(access, db, identity).LoadForChangeAsync(command.ReferralId, command.ExpectedVersion, cancellationToken);
        youth.EnsureOpen();
        var today = clock.Today();
        referral.ChangeStatus(command.Status, command.Date ?? today, command.Outcome, access.UserId, today, clock.GetUtcNow());
        audit.Record("referral.status-changed", "Referral", referral.Id.ToString());
        return referral.Version;
    }
}

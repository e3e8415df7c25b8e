using FluentValidation;
using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Youths.Commands;

/// <summary>Records another spelling or script of the young person's name (found in a document, said differently...).</summary>
[RequiresPermission(Permission.EditYouths)]
public sealed record AddYouthAlias(Guid YouthId, int ExpectedVersion, string Name, string? Note) : ICommand<int>;

public sealed class AddYouthAliasValidator : AbstractValidator<AddYouthAlias>
{
    public AddYouthAliasValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Saisissez l'autre orthographe du nom.")
            .MaximumLength(Youth.NameMaxLength).WithMessage("Le nom est trop long (100 caractères au plus).");
        RuleFor(c => c.Note).MaximumLength(Youth.ShortTextMaxLength).WithMessage("Ce texte est trop long (200 caractères au plus).");
    }
}

public sealed class AddYouthAliasHandler(YouthAccess access, IAuditLog audit) : ICommandHandler<AddYouthAlias, int>
{
    public async ValueTask<int> Handle(AddYouthAlias command, CancellationToken cancellationToken)
    {
        var youth = await access.LoadForChangeAsync(command.YouthId, command.ExpectedVersion, cancellationToken);
        youth.AddAlias(command.Name, command.Note);
        audit.Record("youth.alias-added", "Youth", youth.Id.ToString());
        return youth.Version;
    }
}

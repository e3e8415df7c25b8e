using FluentValidation;
using Remiv.Domain.Security;

namespace Remiv.Application.Common.Validation;

/// <summary>Rules shared by every request that names an account.</summary>
public static class AccountRules
{
    public const int EmailMaxLength = 256;
    public const int DisplayNameMaxLength = 100;

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Indiquez une adresse e-mail.")
            .MaximumLength(EmailMaxLength).WithMessage("L'adresse e-mail est trop longue (256 caractères au plus).")
            .EmailAddress().WithMessage("Cette adresse e-mail n'est pas valide. Vérifiez qu'elle contient un @ et un domaine.");

    public static IRuleBuilderOptions<T, string> ValidDisplayName<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Indiquez le nom de la personne.")
            .MaximumLength(DisplayNameMaxLength).WithMessage("Le nom est trop long (100 caractères au plus).");

    public static IRuleBuilderOptions<T, IReadOnlyCollection<string>> ValidRoles<T>(this IRuleBuilderInitial<T, IReadOnlyCollection<string>> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(roles => roles is { Count: > 0 }).WithMessage("Choisissez au moins un rôle.")
            .Must(roles => roles.All(Roles.IsKnown)).WithMessage("Ce rôle n'existe pas. Choisissez parmi Administration, Coordination, Travail social et Psychologie.");

    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Choisissez un mot de passe.");
}

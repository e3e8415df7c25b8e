using FluentValidation;
using Remiv.Application.Common.Validation;
using Remiv.Domain.Youths;

namespace Remiv.Application.Youths.Commands;

/// <summary>The identity fields a form or an API call sends to register or correct a young person.</summary>
public interface IYouthIdentityFields
{
    string FirstName { get; }
    string LastName { get; }
    DateOnly? BirthDate { get; }
    BirthDateStanding BirthDateStanding { get; }
    Sex Sex { get; }
    string? Nationality { get; }
    IReadOnlyList<string> Languages { get; }
    bool InterpreterNeeded { get; }
    string? Phone { get; }
    DateOnly? ArrivalInFrance { get; }
    string? ReferredBy { get; }
    string? Accommodation { get; }
}

/// <summary>Rules shared by registration and correction; the dates' coherence is the domain's (<see cref="Youth"/>).</summary>
public sealed class YouthIdentityRules : AbstractValidator<IYouthIdentityFields>
{
    public YouthIdentityRules()
    {
        RuleFor(y => y).Must(y => !string.IsNullOrWhiteSpace(y.FirstName) || !string.IsNullOrWhiteSpace(y.LastName))
            .WithName(nameof(IYouthIdentityFields.FirstName)).OverridePropertyName(nameof(IYouthIdentityFields.FirstName))
            .WithMessage("Indiquez au moins un nom ou un prénom, dans l'orthographe donnée par le jeune.");
        RuleFor(y => y.FirstName).MaximumLength(Youth.NameMaxLength).WithMessage("Le prénom est trop long (100 caractères au plus).");
        RuleFor(y => y.LastName).MaximumLength(Youth.NameMaxLength).WithMessage("Le nom est trop long (100 caractères au plus).");
        RuleFor(y => y.BirthDateStanding).IsInEnum().WithMessage("Choisissez une valeur dans la liste.");
        RuleFor(y => y.Sex).IsInEnum().WithMessage("Choisissez une valeur dans la liste.");
        RuleFor(y => y.Nationality).Must(code => string.IsNullOrWhiteSpace(code) || IsoCodes.IsCountry(code.Trim()))
            .WithMessage("Ce code de pays n'existe pas. Choisissez le pays dans la liste.");
        RuleFor(y => y.Languages).Must(codes => codes.Count <= Youth.MaxLanguages).WithMessage("Indiquez au plus 10 langues.");
        RuleForEach(y => y.Languages).Must(code => IsoCodes.IsLanguage(code?.Trim().ToLowerInvariant()))
            .WithMessage("Ce code de langue n'existe pas. Choisissez la langue dans la liste.");
        RuleFor(y => y.Phone).Matches(@"^\+?[0-9 ().-]{6,30}$").When(y => !string.IsNullOrWhiteSpace(y.Phone))
            .WithMessage("Ce numéro de téléphone n'est pas valide : chiffres, espaces et + seulement.");
        RuleFor(y => y.ReferredBy).MaximumLength(Youth.ShortTextMaxLength).WithMessage("Ce texte est trop long (200 caractères au plus).");
        RuleFor(y => y.Accommodation).MaximumLength(Youth.ShortTextMaxLength).WithMessage("Ce texte est trop long (200 caractères au plus).");
    }

    public static YouthIdentity ToIdentity(IYouthIdentityFields fields) => new(
        fields.FirstName,
        fields.LastName,
        fields.BirthDate,
        fields.BirthDateStanding,
        fields.Sex,
        fields.Nationality,
        fields.Languages,
        fields.InterpreterNeeded,
        fields.Phone,
        fields.ArrivalInFrance,
        fields.ReferredBy,
        fields.Accommodation);
}

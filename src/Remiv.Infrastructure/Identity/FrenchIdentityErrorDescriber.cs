using Microsoft.AspNetCore.Identity;

namespace Remiv.Infrastructure.Identity;

/// <summary>
/// Identity's messages, in the interface's own French. They are the keys the web layer translates
/// for English. Messages carry no value typed by the user (an email, a name) so they never leak one.
/// </summary>
public sealed class FrenchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Une erreur inattendue s'est produite. Réessayez dans un instant.");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Ce compte a été modifié entre-temps. Rechargez la page puis recommencez.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Le mot de passe est incorrect.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Ce lien ou ce code n'est plus valable. Demandez-en un nouveau.");

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "Ce code de secours n'est pas valable.");

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "Ce compte est déjà associé à une autre connexion.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "Cet identifiant n'est pas valable : utilisez l'adresse e-mail de la personne.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "Cette adresse e-mail n'est pas valide.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "Un compte existe déjà avec cette adresse e-mail.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "Un compte existe déjà avec cette adresse e-mail.");

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), "Ce rôle n'existe pas.");

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), "Ce rôle existe déjà.");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Ce compte a déjà un mot de passe.");

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Le verrouillage n'est pas activé pour ce compte.");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), "Ce compte a déjà ce rôle.");

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), "Ce compte n'a pas ce rôle.");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), "Le mot de passe doit contenir au moins 12 caractères. Une phrase de quelques mots est facile à retenir.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), "Le mot de passe doit contenir des caractères plus variés.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Le mot de passe doit contenir au moins un caractère spécial.");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Le mot de passe doit contenir au moins un chiffre.");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Le mot de passe doit contenir au moins une minuscule.");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Le mot de passe doit contenir au moins une majuscule.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}

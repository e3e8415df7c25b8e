using FluentValidation;
using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;

namespace Remiv.Application.Account.Commands;

/// <summary>Turns on two-factor sign-in once the user proves their app shows the right code.</summary>
[RequiresSignedInUser]
public sealed record EnableTwoFactor(string Code) : ICommand<IReadOnlyList<string>>;

public sealed class EnableTwoFactorValidator : AbstractValidator<EnableTwoFactor>
{
    public EnableTwoFactorValidator() =>
        RuleFor(c => c.Code).Must(code => TwoFactorCode.Normalise(code).Length == 6 && TwoFactorCode.Normalise(code).All(char.IsAsciiDigit))
            .WithMessage("Saisissez le code à 6 chiffres affiché par votre application d'authentification.");
}

public sealed class EnableTwoFactorHandler(IIdentityService identity, ICurrentUser currentUser, IAuditLog audit)
    : ICommandHandler<EnableTwoFactor, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(EnableTwoFactor command, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw new NotSignedInException();
        var outcome = await identity.EnableTwoFactorAsync(userId, TwoFactorCode.Normalise(command.Code), cancellationToken);
        if (!outcome.Succeeded || outcome.Value is null)
        {
            throw new RequestValidationException(nameof(command.Code), outcome.Errors.Count > 0 ? outcome.Errors[0] : "Ce code ne correspond pas. Vérifiez l'heure de votre téléphone et saisissez le code affiché maintenant.");
        }

        audit.Record("account.two-factor-enabled", "User", userId.ToString());
        return outcome.Value;
    }
}

public static class TwoFactorCode
{
    /// <summary>Codes are often typed with spaces or dashes ("123 456"): keep the characters only.</summary>
    public static string Normalise(string? code) =>
        new((code ?? string.Empty).Where(c => c is not (' ' or '-')).ToArray());

    /// <summary>Recovery codes are stored as "XXXXX-XXXXX": accept them typed in lower case, without the dash or with spaces.</summary>
    public static string NormaliseRecoveryCode(string? code)
    {
        var characters = Normalise(code).ToUpperInvariant();
        return characters.Length == 10 ? $"{characters[..5]}-{characters[5..]}" : characters;
    }
}

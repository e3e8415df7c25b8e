using FluentValidation.TestHelper;
using Remiv.Application.Users.Commands;

namespace Remiv.Application.Tests.Users.Commands;

public sealed class AcceptInvitationValidatorTests
{
    private readonly AcceptInvitationValidator _validator = new();

    private static AcceptInvitation Valid() => new(Guid.NewGuid(), "CfDJ8token+/=", "Un mot de passe solide 42", "Un mot de passe solide 42");

    [Test]
    public void AcceptInvitationValidator_accepts_a_token_and_matching_passwords()
    {
        _validator.TestValidate(Valid()).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void AcceptInvitationValidator_refuses_a_link_without_its_token()
    {
        _validator.TestValidate(Valid() with { Token = "" })
            .ShouldHaveValidationErrorFor(c => c.Token)
            .WithErrorMessage("Ce lien d'invitation est incomplet. Ouvrez le lien reçu en entier, ou demandez-en un nouveau à l'administration.");
    }

    [Test]
    public void AcceptInvitationValidator_asks_for_a_password()
    {
        _validator.TestValidate(Valid() with { Password = "", PasswordConfirmation = "" })
            .ShouldHaveValidationErrorFor(c => c.Password)
            .WithErrorMessage("Choisissez un mot de passe.");
    }

    [Test]
    public void AcceptInvitationValidator_refuses_a_confirmation_that_differs_from_the_password()
    {
        var result = _validator.TestValidate(Valid() with { PasswordConfirmation = "Un mot de passe solide 43" });

        result.ShouldHaveValidationErrorFor(c => c.PasswordConfirmation)
            .WithErrorMessage("Les deux mots de passe ne sont pas identiques. Saisissez-les à nouveau.");
        result.ShouldNotHaveValidationErrorFor(c => c.Password);
    }

    [Test]
    public void AcceptInvitationValidator_compares_the_passwords_exactly_including_case()
    {
        _validator.TestValidate(Valid() with { PasswordConfirmation = "un mot de passe solide 42" })
            .ShouldHaveValidationErrorFor(c => c.PasswordConfirmation);
    }
}

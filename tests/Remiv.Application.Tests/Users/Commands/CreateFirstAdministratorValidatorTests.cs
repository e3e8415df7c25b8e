using FluentValidation.TestHelper;
using Remiv.Application.Users.Commands;

namespace Remiv.Application.Tests.Users.Commands;

public sealed class CreateFirstAdministratorValidatorTests
{
    private readonly CreateFirstAdministratorValidator _validator = new();

    private static CreateFirstAdministrator Valid() => new("4F2A-91C3", "direction@remiv.example", "Nadia Benali", "Un mot de passe solide 42");

    [Test]
    public void CreateFirstAdministratorValidator_accepts_a_complete_request()
    {
        _validator.TestValidate(Valid()).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void CreateFirstAdministratorValidator_asks_for_the_setup_code()
    {
        _validator.TestValidate(Valid() with { SetupToken = "" })
            .ShouldHaveValidationErrorFor(c => c.SetupToken)
            .WithErrorMessage("Recopiez le code d'installation affiché dans la console du serveur.");
    }

    [Test]
    public void CreateFirstAdministratorValidator_asks_for_an_email()
    {
        _validator.TestValidate(Valid() with { Email = "" })
            .ShouldHaveValidationErrorFor(c => c.Email)
            .WithErrorMessage("Indiquez une adresse e-mail.");
    }

    [Test]
    public void CreateFirstAdministratorValidator_refuses_an_invalid_email()
    {
        _validator.TestValidate(Valid() with { Email = "direction.remiv.example" })
            .ShouldHaveValidationErrorFor(c => c.Email)
            .WithErrorMessage("Cette adresse e-mail n'est pas valide. Vérifiez qu'elle contient un @ et un domaine.");
    }

    [Test]
    public void CreateFirstAdministratorValidator_refuses_a_name_of_101_characters()
    {
        _validator.TestValidate(Valid() with { DisplayName = new string('n', 101) })
            .ShouldHaveValidationErrorFor(c => c.DisplayName)
            .WithErrorMessage("Le nom est trop long (100 caractères au plus).");
    }

    [Test]
    public void CreateFirstAdministratorValidator_asks_for_the_name()
    {
        _validator.TestValidate(Valid() with { DisplayName = " " })
            .ShouldHaveValidationErrorFor(c => c.DisplayName)
            .WithErrorMessage("Indiquez le nom de la personne.");
    }

    [Test]
    public void CreateFirstAdministratorValidator_asks_for_a_password()
    {
        _validator.TestValidate(Valid() with { Password = "" })
            .ShouldHaveValidationErrorFor(c => c.Password)
            .WithErrorMessage("Choisissez un mot de passe.");
    }
}

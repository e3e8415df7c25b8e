using FluentValidation.TestHelper;
using Remiv.Application.Users.Commands;
using Remiv.Domain.Security;

namespace Remiv.Application.Tests.Users.Commands;

public sealed class InviteUserValidatorTests
{
    private readonly InviteUserValidator _validator = new();

    private static InviteUser Valid() => new("camille.martin@remiv.example", "Camille Martin", [Roles.YouthWorker]);

    [Test]
    public void InviteUserValidator_accepts_a_complete_invitation()
    {
        _validator.TestValidate(Valid()).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void InviteUserValidator_accepts_several_known_roles_and_a_name_of_exactly_100_characters()
    {
        var invitation = Valid() with { DisplayName = new string('n', 100), Roles = [Roles.Coordinator, Roles.Psychologist] };

        _validator.TestValidate(invitation).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase("")]
    [TestCase("   ")]
    public void InviteUserValidator_asks_for_an_email_when_it_is_empty(string email)
    {
        _validator.TestValidate(Valid() with { Email = email })
            .ShouldHaveValidationErrorFor(c => c.Email)
            .WithErrorMessage("Indiquez une adresse e-mail.");
    }

    [TestCase("camille.martin")]
    [TestCase("camille.martin@")]
    [TestCase("@remiv.example")]
    public void InviteUserValidator_refuses_an_address_that_is_not_an_email(string email)
    {
        _validator.TestValidate(Valid() with { Email = email })
            .ShouldHaveValidationErrorFor(c => c.Email)
            .WithErrorMessage("Cette adresse e-mail n'est pas valide. Vérifiez qu'elle contient un @ et un domaine.");
    }

    [Test]
    public void InviteUserValidator_refuses_an_email_longer_than_256_characters()
    {
        var email = new string('a', 250) + "@remiv.example";

        _validator.TestValidate(Valid() with { Email = email })
            .ShouldHaveValidationErrorFor(c => c.Email)
            .WithErrorMessage("L'adresse e-mail est trop longue (256 caractères au plus).");
    }

    [TestCase("")]
    [TestCase("   ")]
    public void InviteUserValidator_asks_for_the_name_when_it_is_blank(string name)
    {
        _validator.TestValidate(Valid() with { DisplayName = name })
            .ShouldHaveValidationErrorFor(c => c.DisplayName)
            .WithErrorMessage("Indiquez le nom de la personne.");
    }

    [Test]
    public void InviteUserValidator_refuses_a_name_of_101_characters()
    {
        _validator.TestValidate(Valid() with { DisplayName = new string('n', 101) })
            .ShouldHaveValidationErrorFor(c => c.DisplayName)
            .WithErrorMessage("Le nom est trop long (100 caractères au plus).");
    }

    [Test]
    public void InviteUserValidator_asks_for_at_least_one_role()
    {
        _validator.TestValidate(Valid() with { Roles = [] })
            .ShouldHaveValidationErrorFor(c => c.Roles)
            .WithErrorMessage("Choisissez au moins un rôle.");
    }

    [TestCase("Hacker")]
    [TestCase("admin")]
    public void InviteUserValidator_refuses_an_unknown_role_even_beside_a_known_one(string role)
    {
        _validator.TestValidate(Valid() with { Roles = [Roles.YouthWorker, role] })
            .ShouldHaveValidationErrorFor(c => c.Roles)
            .WithErrorMessage("Ce rôle n'existe pas. Choisissez parmi Administration, Coordination, Travail social et Psychologie.");
    }

    [Test]
    public void InviteUserValidator_reports_each_invalid_field_once_under_its_own_name()
    {
        var result = _validator.TestValidate(new InviteUser("", "", []));

        result.Errors.Select(e => e.PropertyName).ShouldBe([nameof(InviteUser.Email), nameof(InviteUser.DisplayName), nameof(InviteUser.Roles)], ignoreOrder: true);
    }
}

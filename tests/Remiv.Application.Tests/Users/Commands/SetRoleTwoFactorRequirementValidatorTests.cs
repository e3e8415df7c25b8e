using FluentValidation.TestHelper;
using Remiv.Application.Users.Commands;
using Remiv.Domain.Security;

namespace Remiv.Application.Tests.Users.Commands;

public sealed class SetRoleTwoFactorRequirementValidatorTests
{
    private readonly SetRoleTwoFactorRequirementValidator _validator = new();

    [TestCase(Roles.Admin)]
    [TestCase(Roles.Psychologist)]
    public void SetRoleTwoFactorRequirementValidator_accepts_a_known_role(string role)
    {
        _validator.TestValidate(new SetRoleTwoFactorRequirement(role, Required: true)).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase("")]
    [TestCase("psychologist")]
    [TestCase("Everyone")]
    public void SetRoleTwoFactorRequirementValidator_refuses_an_unknown_role(string role)
    {
        _validator.TestValidate(new SetRoleTwoFactorRequirement(role, Required: true))
            .ShouldHaveValidationErrorFor(c => c.Role)
            .WithErrorMessage("Ce rôle n'existe pas. Choisissez parmi Administration, Coordination, Travail social et Psychologie.");
    }
}

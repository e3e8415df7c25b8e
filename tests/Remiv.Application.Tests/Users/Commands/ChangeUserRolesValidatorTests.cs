using FluentValidation.TestHelper;
using Remiv.Application.Users.Commands;
using Remiv.Domain.Security;

namespace Remiv.Application.Tests.Users.Commands;

public sealed class ChangeUserRolesValidatorTests
{
    private readonly ChangeUserRolesValidator _validator = new();

    [Test]
    public void ChangeUserRolesValidator_accepts_known_roles()
    {
        _validator.TestValidate(new ChangeUserRoles(Guid.NewGuid(), [Roles.Admin, Roles.Coordinator])).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ChangeUserRolesValidator_asks_for_at_least_one_role()
    {
        _validator.TestValidate(new ChangeUserRoles(Guid.NewGuid(), []))
            .ShouldHaveValidationErrorFor(c => c.Roles)
            .WithErrorMessage("Choisissez au moins un rôle.");
    }

    [Test]
    public void ChangeUserRolesValidator_refuses_an_unknown_role()
    {
        _validator.TestValidate(new ChangeUserRoles(Guid.NewGuid(), [Roles.Coordinator, "SuperAdmin"]))
            .ShouldHaveValidationErrorFor(c => c.Roles)
            .WithErrorMessage("Ce rôle n'existe pas. Choisissez parmi Administration, Coordination, Travail social et Psychologie.");
    }
}

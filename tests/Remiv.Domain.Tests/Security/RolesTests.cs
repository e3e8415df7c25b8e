using Remiv.Domain.Security;

namespace Remiv.Domain.Tests.Security;

public sealed class RolesTests
{
    [TestCase(Roles.Admin)]
    [TestCase(Roles.Coordinator)]
    [TestCase(Roles.YouthWorker)]
    [TestCase(Roles.Psychologist)]
    public void Roles_IsKnown_accepts_each_of_the_four_roles(string role)
    {
        Roles.IsKnown(role).ShouldBeTrue();
    }

    [TestCase("Hacker")]
    [TestCase("")]
    [TestCase(" Admin")]
    [TestCase("Administrator")]
    public void Roles_IsKnown_refuses_a_role_that_does_not_exist(string role)
    {
        Roles.IsKnown(role).ShouldBeFalse();
    }

    [TestCase("admin")]
    [TestCase("ADMIN")]
    [TestCase("youthworker")]
    public void Roles_IsKnown_compares_role_names_exactly_including_case(string role)
    {
        Roles.IsKnown(role).ShouldBeFalse();
    }

    [Test]
    public void Roles_All_lists_the_four_roles_of_the_hub()
    {
        Roles.All.ShouldBe([Roles.Admin, Roles.Coordinator, Roles.YouthWorker, Roles.Psychologist], ignoreOrder: true);
    }
}

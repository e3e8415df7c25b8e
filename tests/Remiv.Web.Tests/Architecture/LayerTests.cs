using System.Reflection;

namespace Remiv.Web.Tests.Architecture;

/// <summary>Dependencies point inwards only: Web → Infrastructure → Application → Domain.</summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(Remiv.Domain.Security.Roles).Assembly;
    private static readonly Assembly Application = typeof(Remiv.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(Remiv.Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly Web = typeof(Remiv.Web.RemivHost).Assembly;

    [Test]
    public void The_domain_references_no_other_layer_and_no_framework_package()
    {
        var references = References(Domain);

        references.ShouldNotContain("Remiv.Application");
        references.ShouldNotContain("Remiv.Infrastructure");
        references.ShouldNotContain("Remiv.Web");
        references.ShouldNotContain(r => r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Test]
    public void The_application_layer_does_not_reference_infrastructure_web_or_aspnet()
    {
        var references = References(Application);

        references.ShouldContain("Remiv.Domain");
        references.ShouldNotContain("Remiv.Infrastructure");
        references.ShouldNotContain("Remiv.Web");
        references.ShouldNotContain(r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Test]
    public void The_infrastructure_layer_does_not_reference_the_web_host()
    {
        References(Infrastructure).ShouldNotContain("Remiv.Web");
    }

    [Test]
    public void Only_the_web_host_references_the_infrastructure()
    {
        References(Web).ShouldContain("Remiv.Infrastructure");
    }

    private static List<string> References(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty)];
}

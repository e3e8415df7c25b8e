using Remiv.Domain.Security;

namespace Remiv.Web.Pages;

/// <summary>The roles as the team names them (French keys, translated by the localizer).</summary>
public static class RoleLabels
{
    public static string For(string role) => role switch
    {
        Roles.Admin => "Administration",
        Roles.Coordinator => "Coordination",
        Roles.YouthWorker => "Travail social",
        Roles.Psychologist => "Psychologie",
        _ => role,
    };
}

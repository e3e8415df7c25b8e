namespace Remiv.Domain.Security;

/// <summary>The four roles of the hub. A user may hold several.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Coordinator = "Coordinator";
    public const string YouthWorker = "YouthWorker";
    public const string Psychologist = "Psychologist";

    /// <summary>The background jobs' identity. Not a role an account can hold: it is not in <see cref="All"/>.</summary>
    public const string System = "System";

    public static IReadOnlyList<string> All { get; } = [Admin, Coordinator, YouthWorker, Psychologist];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}

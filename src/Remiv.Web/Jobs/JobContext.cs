namespace Remiv.Web.Jobs;

/// <summary>
/// Marks a DI scope as a background job's. <see cref="Security.CurrentUser"/> then answers as the system (the pseudo-role
/// <see cref="Domain.Security.Roles.System"/>, which no account can hold), whatever HTTP request may be ambient.
/// Only <see cref="JobRunner"/> sets it, in a scope it created itself.
/// </summary>
internal sealed class JobContext
{
    public bool IsJob { get; private set; }

    public void Enter() => IsJob = true;
}

namespace Remiv.Web.Jobs;

/// <summary>
/// Marks a DI scope as a background job's. <see cref="Security.CurrentUser"/> then answers as the system (the pseudo-role
/// <see cref="Domain.Security.Roles.System"/>, which no account can hold), or, for a job that works for a person (a batch of
/// summaries), as that account with the roles it holds now; whatever HTTP request may be ambient.
/// Only <see cref="JobRunner"/> sets it, in a scope it created itself.
/// </summary>
internal sealed class JobContext
{
    public bool IsJob { get; private set; }

    /// <summary>The account the job acts as; null for the system.</summary>
    public Guid? AccountId { get; private set; }

    /// <summary>That account's roles, read from the accounts store when the scope was entered.</summary>
    public IReadOnlyCollection<string> AccountRoles { get; private set; } = [];

    public void Enter() => IsJob = true;

    public void EnterAs(Guid accountId, IReadOnlyCollection<string> roles)
    {
        IsJob = true;
        AccountId = accountId;
        AccountRoles = roles;
    }
}

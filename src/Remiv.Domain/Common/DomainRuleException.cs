namespace Remiv.Domain.Common;

/// <summary>
/// A domain invariant refused a change. The message is in French (the interface's language and the
/// localization key); <see cref="Field"/> names the input concerned, when there is one.
/// </summary>
public sealed class DomainRuleException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

namespace Remiv.Application.Common.Interfaces;

/// <summary>
/// Sends an email. Callers write no personal data into subject or body beyond what the recipient
/// already knows (their own name at most) and a link back to the application.
/// </summary>
public interface IEmailSender
{
    /// <summary>False when no mail server is configured: the caller shows the message another way.</summary>
    bool IsConfigured { get; }

    Task SendAsync(string recipient, string subject, string textBody, CancellationToken cancellationToken);
}

/// <summary>
/// A message the mail server did not take. <see cref="Permanent"/> when trying again cannot help (an address that
/// cannot exist, a mailbox refused); the reason names no one.
/// </summary>
public sealed class EmailDeliveryException(string reason, bool permanent, Exception? inner = null) : Exception(reason, inner)
{
    public bool Permanent { get; } = permanent;
}

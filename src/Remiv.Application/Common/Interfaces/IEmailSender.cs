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

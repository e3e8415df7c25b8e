using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Remiv.Application.Common.Interfaces;

namespace Remiv.Infrastructure.Email;

internal sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IEmailSender
{
    private readonly SmtpOptions _options = options.Value;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(_options.Host);

    public async Task SendAsync(string recipient, string subject, string textBody, CancellationToken cancellationToken)
    {
        if (_options.Host is not { Length: > 0 } host)
        {
            throw new InvalidOperationException("No SMTP host is configured (Smtp:Host).");
        }

        if (!MailboxAddress.TryParse(recipient, out var to) || !to.Address.Contains('@', StringComparison.Ordinal))
        {
            throw new EmailDeliveryException("Adresse du destinataire invalide.", permanent: true);
        }

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(_options.From));
        message.To.Add(to);
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = textBody };

        try
        {
            using var client = new SmtpClient();
            var security = Enum.TryParse<SecureSocketOptions>(_options.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.StartTls;
            await client.ConnectAsync(host, _options.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(_options.Username))
            {
                await client.AuthenticateAsync(_options.Username, _options.Password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (SmtpCommandException refused)
        {
            // A mailbox refused for good (5xx on the recipient) will be refused again; anything else (4xx, a relay or
            // authentication refusal, which is the server's configuration) is tried again later.
            var code = (int)refused.StatusCode;
            var permanent = code >= 500 && refused.ErrorCode == SmtpErrorCode.RecipientNotAccepted;
            throw new EmailDeliveryException($"Refusé par le serveur de messagerie ({code}, {refused.ErrorCode}).", permanent, refused);
        }
        catch (Exception failure) when (failure is SmtpProtocolException or AuthenticationException or System.Net.Sockets.SocketException or IOException or SslHandshakeException)
        {
            throw new EmailDeliveryException($"Serveur de messagerie injoignable ou en erreur ({failure.GetType().Name}).", permanent: false, failure);
        }
    }
}

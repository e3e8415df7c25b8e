using Remiv.Application.Common.Interfaces;

namespace Remiv.Application.Users.Commands;

/// <summary>
/// Sends the invitation link; the mail names nobody, it only carries the link. When the mail server refuses or cannot be
/// reached, the link is handed back to the administrator to pass on, as when no server is configured.
/// </summary>
public sealed class InvitationMailer(IEmailSender email, IAppLinks links)
{
    public async Task<InvitationSent> SendAsync(InvitationTicket ticket, CancellationToken cancellationToken)
    {
        var link = links.Invitation(ticket.UserId, ticket.Token);
        if (!email.IsConfigured)
        {
            return new InvitationSent(ticket.UserId, link, EmailSent: false);
        }

        try
        {
            await email.SendAsync(
                ticket.Email,
                "Votre compte Remiv / Your Remiv account",
                "Bonjour,\n\nUn compte Remiv a été ouvert pour vous par l'équipe du REMIV.\n" +
                "Pour choisir votre mot de passe, ouvrez ce lien (valable 7 jours) :\n\n" + link + "\n\n" +
                "Si vous n'attendiez pas ce message, ignorez-le.\n\n" +
                "---\n\nHello,\n\nThe REMIV team has opened a Remiv account for you.\n" +
                "To choose your password, open the link above (valid for 7 days).\n" +
                "If you were not expecting this message, please ignore it.\n",
                cancellationToken);
        }
        catch (EmailDeliveryException)
        {
            return new InvitationSent(ticket.UserId, link, EmailSent: false);
        }

        return new InvitationSent(ticket.UserId, link, EmailSent: true);
    }
}

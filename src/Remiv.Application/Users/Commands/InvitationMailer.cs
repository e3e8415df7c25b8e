using Remiv.Application.Common.Interfaces;

namespace Remiv.Application.Users.Commands;

/// <summary>Sends the invitation link; the mail names nobody, it only carries the link.</summary>
public sealed class InvitationMailer(IEmailSender email, IAppLinks links)
{
    public async Task<InvitationSent> SendAsync(InvitationTicket ticket, CancellationToken cancellationToken)
    {
        var link = links.Invitation(ticket.UserId, ticket.Token);
        if (!email.IsConfigured)
        {
            return new InvitationSent(ticket.UserId, link, EmailSent: false);
        }

        await email.SendAsync(
            ticket.Email,
            "Votre compte Remiv",
            "Bonjour,\n\nUn compte Remiv a été ouvert pour vous par l'équipe du REMIV.\n" +
            "Pour choisir votre mot de passe, ouvrez ce lien (valable 7 jours) :\n\n" + link + "\n\n" +
            "Si vous n'attendiez pas ce message, ignorez-le.\n",
            cancellationToken);
        return new InvitationSent(ticket.UserId, link, EmailSent: true);
    }
}

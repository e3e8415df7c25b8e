using System.Globalization;
using System.Text;
using Remiv.Application.Common.Interfaces;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Youths;

namespace Remiv.Application.Reminders;

/// <summary>One deadline to mention in a reminder email.</summary>
public sealed record ReminderLine(Guid DeadlineId, string Initials, DeadlineKind Kind, DateOnly DueDate, int DaysBefore);

/// <summary>
/// The text of reminder emails. They carry no personal data beyond the young person's initials, the kind of deadline,
/// its date and a link: the title (free text) and the name stay in the application, behind sign-in.
/// </summary>
public sealed class ReminderMessages(IAppLinks links)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string InitialsOf(string firstName, string lastName) =>
        string.Join(' ', new[] { firstName, lastName }
            .Where(n => n.Length > 0)
            .Select(n => char.IsSurrogate(n[0]) && n.Length > 1 ? $"{n[..2]}." : $"{n[0]}."));

    public (string Subject, string Body) Compose(IReadOnlyCollection<ReminderLine> lines, bool digest)
    {
        var overdue = lines.Count(l => l.DaysBefore < 0);
        var subject = (digest ? "Remiv : vos échéances du jour" : "Remiv : rappel d'échéance")
                      + (lines.Count > 1 ? $" ({lines.Count})" : string.Empty)
                      + (overdue > 0 ? " — en retard" : string.Empty);
        var body = new StringBuilder();
        body.AppendLine("Bonjour,").AppendLine();
        body.AppendLine(lines.Count > 1 ? "Ces échéances demandent votre attention :" : "Cette échéance demande votre attention :").AppendLine();
        foreach (var line in lines.OrderBy(l => l.DueDate))
        {
            body.Append("- ").Append(line.Initials).Append(" · ").Append(KindLabel(line.Kind)).Append(" · ")
                .Append(line.DueDate.ToString("dd/MM/yyyy", French)).Append(" (").Append(When(line.DaysBefore)).AppendLine(")");
            body.Append("  ").AppendLine(links.Deadline(line.DeadlineId).ToString());
        }

        body.AppendLine().Append("Toutes vos notifications : ").AppendLine(links.Notifications().ToString()).AppendLine();
        body.AppendLine("Ce message ne contient volontairement que des initiales : les détails sont dans Remiv, après connexion.");
        body.AppendLine("Vous pouvez choisir un seul courriel par jour dans « Mon compte ».");
        return (subject, body.ToString());
    }

    private static string When(int daysBefore) => daysBefore switch
    {
        0 => "aujourd'hui",
        1 => "demain",
        > 1 => $"dans {daysBefore} jours",
        -1 => "en retard d'un jour",
        _ => $"en retard de {-daysBefore} jours",
    };

    private static string KindLabel(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Appeal => "Recours",
        DeadlineKind.Application => "Demande à déposer",
        DeadlineKind.Renewal => "Renouvellement",
        DeadlineKind.Appointment => "Rendez-vous",
        DeadlineKind.Assessment => "Évaluation",
        _ => "Échéance",
    };
}

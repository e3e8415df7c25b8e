using System.Globalization;
using System.Text;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Notifications;

namespace Remiv.Application.Reminders;

/// <summary>One deadline to mention in a reminder email.</summary>
public sealed record ReminderLine(Guid DeadlineId, string Initials, DeadlineKind Kind, DateOnly DueDate, int DaysBefore);

/// <summary>
/// One psychological session to mention in an email: what happened to it (<see cref="Kind"/>), the young person's
/// initials, when (<see cref="Start"/>, shown on Paris time) and where. <see cref="PreviousStart"/> is the time it had before a
/// move; <see cref="DaysBefore"/> is how many days ahead it is on the day the email is written.
/// </summary>
public sealed record SessionLine(Guid SessionId, NotificationKind Kind, string Initials, DateTimeOffset Start, string Room, int DaysBefore, DateTimeOffset? PreviousStart = null);

/// <summary>
/// The text of reminder emails. They carry no personal data beyond the young person's initials, the kind of deadline,
/// its date and a link: the title (free text) and the name stay in the application, behind sign-in. For psychological
/// sessions: the initials, the words "séance psychologique", the date and time, the room and a link; never a name, the
/// psychologist's included, never the reason of a cancellation, never a note.
/// </summary>
public sealed class ReminderMessages(IAppLinks links)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string InitialsOf(string firstName, string lastName) =>
        string.Join(' ', new[] { firstName, lastName }
            .Where(n => n.Length > 0)
            .Select(n => char.IsSurrogate(n[0]) && n.Length > 1 ? $"{n[..2]}." : $"{n[0]}."));

    /// <summary>An email about deadlines only: a reminder, or the daily digest.</summary>
    public (string Subject, string Body) Compose(IReadOnlyCollection<ReminderLine> lines, bool digest) => Compose(lines, [], digest);

    /// <summary>An email about psychological sessions only: the day-before reminder, or news of a booking, a move, a cancellation.</summary>
    public (string Subject, string Body) ComposeSessions(IReadOnlyCollection<SessionLine> sessions) => Compose([], sessions, digest: false);

    /// <summary>An email about deadlines and sessions (the daily digest carries both).</summary>
    public (string Subject, string Body) Compose(IReadOnlyCollection<ReminderLine> lines, IReadOnlyCollection<SessionLine> sessions, bool digest)
    {
        var body = new StringBuilder();
        body.AppendLine("Bonjour,").AppendLine();
        if (lines.Count > 0)
        {
            body.AppendLine(lines.Count > 1 ? "Ces échéances demandent votre attention :" : "Cette échéance demande votre attention :").AppendLine();
            foreach (var line in lines.OrderBy(l => l.DueDate))
            {
                body.Append("- ").Append(line.Initials).Append(" · ").Append(KindLabel(line.Kind)).Append(" · ")
                    .Append(line.DueDate.ToString("dd/MM/yyyy", French)).Append(" (").Append(When(line.DaysBefore)).AppendLine(")");
                body.Append("  ").AppendLine(links.Deadline(line.DeadlineId).ToString());
            }
        }

        if (sessions.Count > 0)
        {
            if (lines.Count > 0)
            {
                body.AppendLine();
            }

            body.AppendLine(sessions.Count > 1 ? "Ces séances psychologiques vous concernent :" : "Cette séance psychologique vous concerne :").AppendLine();
            foreach (var session in sessions.OrderBy(s => s.Start))
            {
                body.Append("- ").Append(session.Initials).Append(" · ").Append(SessionLabel(session)).Append(" · ").Append(At(session.Start))
                    .Append(" · ").Append(session.Room);
                if (session.PreviousStart is { } previous)
                {
                    body.Append(" (au lieu du ").Append(At(previous)).Append(')');
                }

                body.AppendLine();
                body.Append("  ").AppendLine(links.Session(session.SessionId).ToString());
            }

            if (sessions.Any(s => s.Kind is NotificationKind.SessionBooked or NotificationKind.SessionMoved or NotificationKind.SessionTomorrow))
            {
                body.AppendLine().AppendLine("Pensez à l'accompagnement du jeune et, si besoin, à la réservation de l'interprète.");
            }

            if (sessions.Any(s => s.Kind == NotificationKind.SessionCancelled))
            {
                body.AppendLine().AppendLine("Si un interprète était réservé, pensez à le prévenir.");
            }
        }

        body.AppendLine().Append("Toutes vos notifications : ").AppendLine(links.Notifications().ToString()).AppendLine();
        body.AppendLine("Ce message ne contient volontairement que des initiales : les détails sont dans Remiv, après connexion.");
        body.AppendLine("Vous pouvez choisir un seul courriel par jour dans « Mon compte ».");
        return (Subject(lines, sessions, digest), body.ToString());
    }

    private static string Subject(IReadOnlyCollection<ReminderLine> lines, IReadOnlyCollection<SessionLine> sessions, bool digest)
    {
        var count = lines.Count + sessions.Count;
        var overdue = lines.Count(l => l.DaysBefore < 0);
        var subject = (sessions.Count, lines.Count, digest) switch
        {
            (0, _, true) => "Remiv : vos échéances du jour",
            (0, _, false) => "Remiv : rappel d'échéance",
            (_, _, true) => "Remiv : votre récapitulatif du jour",
            (_, 0, false) => SessionSubject(sessions),
            _ => "Remiv : vos rappels",
        };
        return subject + (count > 1 ? $" ({count})" : string.Empty) + (overdue > 0 ? " — en retard" : string.Empty);
    }

    private static string SessionSubject(IReadOnlyCollection<SessionLine> sessions)
    {
        var kinds = sessions.Select(s => s.Kind).Distinct().ToList();
        if (kinds.Count > 1)
        {
            return "Remiv : séances psychologiques";
        }

        var plural = sessions.Count > 1;
        return kinds[0] switch
        {
            NotificationKind.SessionTomorrow => plural ? "Remiv : séances psychologiques demain" : "Remiv : séance psychologique demain",
            NotificationKind.SessionBooked => plural ? "Remiv : séances psychologiques prévues" : "Remiv : séance psychologique prévue",
            NotificationKind.SessionMoved => plural ? "Remiv : séances psychologiques déplacées" : "Remiv : séance psychologique déplacée",
            NotificationKind.SessionCancelled => plural ? "Remiv : séances psychologiques annulées" : "Remiv : séance psychologique annulée",
            _ => "Remiv : séances psychologiques",
        };
    }

    private static string SessionLabel(SessionLine session) => session.Kind switch
    {
        NotificationKind.SessionTomorrow => session.DaysBefore switch
        {
            0 => "séance psychologique aujourd'hui",
            1 => "séance psychologique demain",
            _ => "séance psychologique",
        },
        NotificationKind.SessionBooked => "séance psychologique prévue",
        NotificationKind.SessionMoved => "séance psychologique déplacée",
        NotificationKind.SessionCancelled => "séance psychologique annulée",
        _ => "séance psychologique",
    };

    /// <summary>"12/03/2027 à 10:00", on the hub's clock.</summary>
    private static string At(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, HubCalendar.Zone);
        return $"{local.ToString("dd/MM/yyyy", French)} à {local.ToString("HH:mm", French)}";
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

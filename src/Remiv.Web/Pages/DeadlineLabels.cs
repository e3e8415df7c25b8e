using Remiv.Application.Deadlines.Queries;
using Remiv.Domain.Deadlines;

namespace Remiv.Web.Pages;

/// <summary>The deadlines' words as the team says them (French keys, translated by the localizer).</summary>
public static class DeadlineLabels
{
    public static string For(DeadlineStatus status) => status switch
    {
        DeadlineStatus.Open => "Ouverte",
        DeadlineStatus.Done => "Faite",
        DeadlineStatus.Cancelled => "Annulée",
        DeadlineStatus.Missed => "Manquée",
        _ => status.ToString(),
    };

    public static string For(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Appeal => "Recours",
        DeadlineKind.Application => "Demande",
        DeadlineKind.Renewal => "Renouvellement",
        DeadlineKind.Appointment => "Rendez-vous",
        DeadlineKind.Assessment => "Évaluation",
        DeadlineKind.Other => "Autre",
        _ => kind.ToString(),
    };

    public static string For(DeadlineEvent startEvent) => startEvent switch
    {
        DeadlineEvent.EmergencyShelterStart => "Début de la mise à l'abri",
        DeadlineEvent.JuvenileJudgeDecisionNotified => "Notification de la décision du juge des enfants",
        DeadlineEvent.SeventeenthBirthday => "17 ans du jeune",
        DeadlineEvent.EighteenthBirthday => "18 ans du jeune",
        DeadlineEvent.AsylumCertificateIssued => "Remise de l'attestation de demande d'asile",
        DeadlineEvent.OfpraDecisionNotified => "Notification de la décision de l'OFPRA",
        DeadlineEvent.OqtfNotified => "Notification de l'OQTF",
        DeadlineEvent.AmeGranted => "Attribution de l'AME",
        DeadlineEvent.C2sGranted => "Attribution de la C2S",
        DeadlineEvent.DocumentExpiry => "Expiration d'un document",
        DeadlineEvent.HealthCoverageEnd => "Fin de la couverture santé",
        DeadlineEvent.Other => "Autre événement",
        _ => startEvent.ToString(),
    };

    /// <summary>The unit as a choice of the preset form.</summary>
    public static string For(OffsetUnit unit) => unit switch
    {
        OffsetUnit.Days => "jours",
        OffsetUnit.Months => "mois",
        _ => unit.ToString(),
    };

    public static string For(OffsetDirection direction) => direction switch
    {
        OffsetDirection.After => "après l'événement",
        OffsetDirection.Before => "avant l'événement",
        _ => direction.ToString(),
    };

    public static string For(AutomaticSource source) => source switch
    {
        AutomaticSource.SeventeenthBirthday => "Automatique : anniversaire des 17 ans",
        AutomaticSource.EighteenthBirthday => "Automatique : anniversaire des 18 ans",
        AutomaticSource.DocumentExpiry => "Automatique : date d'expiration d'un document",
        AutomaticSource.HealthCoverageEnd => "Automatique : fin de la couverture santé",
        _ => source.ToString(),
    };

    public static string For(DeadlineBucket bucket) => bucket switch
    {
        DeadlineBucket.Overdue => "En retard",
        DeadlineBucket.Today => "Aujourd'hui",
        DeadlineBucket.ThisWeek => "Cette semaine",
        DeadlineBucket.Later => "Plus tard",
        DeadlineBucket.Closed => "Closes",
        _ => bucket.ToString(),
    };
}

using Remiv.Domain.Youths;

namespace Remiv.Domain.Deadlines;

/// <summary>
/// The presets Remiv starts with: the French rules listed in the project's domain notes (checked when written),
/// with their legal basis. Coordinators adjust them afterwards; they are seeded once, never overwritten.
/// </summary>
public static class DefaultPresets
{
    public static IReadOnlyList<(PresetDefinition Definition, AutomaticSource? Automatic)> All { get; } =
    [
        (new("Fin de la mise à l'abri (évaluation)", DeadlineKind.Assessment, Track.Administrative, DeadlineEvent.EmergencyShelterStart,
            5, OffsetUnit.Days, OffsetDirection.After, [2, 0],
            "CASF R221-11 : accueil provisoire d'urgence de 5 jours, renouvelable deux fois.", false), null),
        (new("Appel de la décision du juge des enfants", DeadlineKind.Appeal, Track.Legal, DeadlineEvent.JuvenileJudgeDecisionNotified,
            15, OffsetUnit.Days, OffsetDirection.After, [7, 3, 1, 0],
            "Code de procédure civile, art. 1191 : appel dans les 15 jours de la notification.", false), null),
        (new("Entretien de préparation à la majorité", DeadlineKind.Appointment, Track.Social, DeadlineEvent.SeventeenthBirthday,
            0, OffsetUnit.Days, OffsetDirection.After, [30, 7, 0],
            "CASF L222-5-1 : entretien au plus tard un an avant la majorité.", false), AutomaticSource.SeventeenthBirthday),
        (new("Demande de titre de séjour", DeadlineKind.Application, Track.Administrative, DeadlineEvent.EighteenthBirthday,
            2, OffsetUnit.Months, OffsetDirection.After, [30, 7, 2, 0],
            "CESEDA L423-22, L435-3, R431-5 : demande dans l'année qui suit les 18 ans ; en pratique dans les 2 mois en cas d'entrée irrégulière (CE, 1er juin 2022, n° 441736).", false),
            AutomaticSource.EighteenthBirthday),
        (new("Dépôt de la demande complète à l'OFPRA", DeadlineKind.Application, Track.Legal, DeadlineEvent.AsylumCertificateIssued,
            21, OffsetUnit.Days, OffsetDirection.After, [7, 2, 0],
            "CESEDA R531-2 : 21 jours après la remise de l'attestation de demande d'asile.", false), null),
        (new("Demande d'aide juridictionnelle (CNDA)", DeadlineKind.Application, Track.Legal, DeadlineEvent.OfpraDecisionNotified,
            15, OffsetUnit.Days, OffsetDirection.After, [7, 2, 0],
            "CESEDA : aide juridictionnelle demandée dans les 15 jours de la notification (suspend le délai de recours).", false), null),
        (new("Recours devant la CNDA", DeadlineKind.Appeal, Track.Legal, DeadlineEvent.OfpraDecisionNotified,
            1, OffsetUnit.Months, OffsetDirection.After, [7, 2, 0],
            "CESEDA : recours dans le mois qui suit la notification de la décision de l'OFPRA.", false), null),
        (new("Recours contre l'OQTF", DeadlineKind.Appeal, Track.Legal, DeadlineEvent.OqtfNotified,
            30, OffsetUnit.Days, OffsetDirection.After, [7, 2, 0],
            "CESEDA L911-1 et suivants, L921-1 : 30 jours, 15 jours, 7 jours ou 48 heures selon le cas (réforme de 2024). À confirmer avec un avocat : corrigez la date si le délai est plus court.", true),
            null),
        (new("Renouvellement de l'AME", DeadlineKind.Renewal, Track.Health, DeadlineEvent.AmeGranted,
            10, OffsetUnit.Months, OffsetDirection.After, [14, 2, 0],
            "CASF : AME valable un an, à renouveler deux mois avant son expiration.", false), null),
        (new("Renouvellement de la C2S", DeadlineKind.Renewal, Track.Health, DeadlineEvent.C2sGranted,
            8, OffsetUnit.Months, OffsetDirection.After, [14, 2, 0],
            "Code de la sécurité sociale : C2S valable un an, renouvellement entre 4 et 2 mois avant l'expiration.", false), null),
        (new("Fin de couverture santé : renouveler", DeadlineKind.Renewal, Track.Health, DeadlineEvent.HealthCoverageEnd,
            2, OffsetUnit.Months, OffsetDirection.Before, [14, 2, 0],
            "AME : renouvellement deux mois avant l'expiration ; C2S : entre 4 et 2 mois avant.", false), AutomaticSource.HealthCoverageEnd),
        (new("Document expirant : renouveler", DeadlineKind.Renewal, Track.Administrative, DeadlineEvent.DocumentExpiry,
            2, OffsetUnit.Months, OffsetDirection.Before, [14, 2, 0],
            "Pratique du pôle : préparer le renouvellement deux mois avant l'expiration.", false), AutomaticSource.DocumentExpiry),
    ];
}

using Remiv.Application.Youths.Queries;
using Remiv.Domain.Youths;

namespace Remiv.Web.Pages;

/// <summary>The case files' words as the team says them (French keys, translated by the localizer).</summary>
public static class CaseLabels
{
    public static string For(Track track) => track switch
    {
        Track.Administrative => "Administratif",
        Track.Legal => "Juridique",
        Track.Social => "Social",
        Track.Psychological => "Psychologique",
        Track.Health => "Santé",
        Track.EducationTraining => "Scolarité et formation",
        Track.Housing => "Logement",
        Track.Language => "Langue",
        Track.CultureSport => "Culture et sport",
        _ => track.ToString(),
    };

    public static string For(YouthStatus status) => status switch
    {
        YouthStatus.FirstContact => "Premier contact",
        YouthStatus.AgeAssessment => "Évaluation de minorité en cours",
        YouthStatus.RecognisedMinorPlaced => "Mineur reconnu, confié à l'ASE",
        YouthStatus.MinorityRefused => "Minorité refusée",
        YouthStatus.AppealPending => "Recours devant le juge des enfants",
        YouthStatus.RecognisedAfterAppeal => "Reconnu mineur après recours",
        YouthStatus.RefusedAfterAppeal => "Refus confirmé après recours",
        YouthStatus.YoungAdultSupport => "Contrat jeune majeur",
        YouthStatus.Exited => "Sorti du dispositif",
        _ => status.ToString(),
    };

    public static string For(BirthDateStanding standing) => standing switch
    {
        BirthDateStanding.Declared => "Déclarée",
        BirthDateStanding.Documented => "Attestée par un document",
        BirthDateStanding.Contested => "Contestée",
        _ => standing.ToString(),
    };

    public static string For(Sex sex) => sex switch
    {
        Sex.Female => "Féminin",
        Sex.Male => "Masculin",
        Sex.Other => "Autre",
        _ => "Non précisé",
    };

    public static string For(EntryKind kind) => kind switch
    {
        EntryKind.Conversation => "Entretien",
        EntryKind.Accompaniment => "Accompagnement à un rendez-vous",
        EntryKind.PhoneCall => "Appel téléphonique",
        EntryKind.Paperwork => "Démarche administrative",
        EntryKind.Workshop => "Atelier",
        _ => "Autre",
    };

    public static string For(EntryVisibility visibility) =>
        visibility == EntryVisibility.AuthorOnly ? "Moi seulement" : "Le groupe de suivi";

    public static string For(DocumentKind kind) => kind switch
    {
        DocumentKind.BirthCertificate => "Acte de naissance",
        DocumentKind.PassportOrIdCard => "Passeport ou carte d'identité",
        DocumentKind.ConsularCard => "Carte consulaire",
        DocumentKind.SchoolCertificates => "Certificats de scolarité",
        DocumentKind.AsePlacementOrder => "Ordonnance de placement ASE",
        DocumentKind.CourtDecisions => "Décisions de justice",
        DocumentKind.AsylumCertificate => "Attestation de demande d'asile",
        DocumentKind.ResidencePermitOrReceipt => "Titre de séjour ou récépissé",
        DocumentKind.HealthCoverageCard => "Carte d'assurance maladie",
        _ => kind.ToString(),
    };

    public static string For(DocumentStatus status) => status switch
    {
        DocumentStatus.Missing => "Manquant",
        DocumentStatus.Requested => "Demandé",
        DocumentStatus.Obtained => "Obtenu",
        DocumentStatus.Expired => "Expiré",
        _ => status.ToString(),
    };

    public static string For(AgeBand band) => band switch
    {
        AgeBand.Under16 => "Moins de 16 ans",
        AgeBand.From16To17 => "16 ou 17 ans",
        AgeBand.From18To20 => "De 18 à 20 ans",
        AgeBand.From21 => "21 ans et plus",
        _ => "Âge inconnu",
    };
}

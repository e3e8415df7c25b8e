using Remiv.Domain.Partners;
using Remiv.Domain.Youths;

namespace Remiv.Application.Common;

/// <summary>
/// French words for the values that pages, API documents and the activity report's exports all show. The pages
/// translate them through the localizer (the French word is the key); the exports stay French.
/// </summary>
public static class DomainLabels
{
    public static string For(ExitReason reason) => reason switch
    {
        ExitReason.EndOfSupport => "Fin d'accompagnement",
        ExitReason.CameOfAge => "Majorité, fin de prise en charge",
        ExitReason.MovedAway => "Départ de la Vienne",
        ExitReason.HandedOver => "Relais vers une autre structure",
        ExitReason.LostContact => "Sans nouvelles",
        ExitReason.Removed => "Éloignement du territoire",
        _ => "Autre motif",
    };

    public static string For(PartnerType type) => type switch
    {
        PartnerType.Association => "Association",
        PartnerType.ChildWelfare => "Aide sociale à l'enfance (ASE)",
        PartnerType.Court => "Justice, tribunal",
        PartnerType.Prefecture => "Préfecture",
        PartnerType.School => "École, CASNAV, formation",
        PartnerType.Health => "Santé (centre de santé, PASS)",
        PartnerType.MissionLocale => "Mission locale",
        PartnerType.Lawyer => "Avocat",
        PartnerType.PrivateActor => "Acteur privé",
        _ => "Autre institution",
    };

    public static string For(ReferralStatus status) => status switch
    {
        ReferralStatus.Proposed => "Proposée",
        ReferralStatus.Accepted => "Acceptée",
        ReferralStatus.InProgress => "En cours",
        ReferralStatus.Done => "Réalisée",
        ReferralStatus.Refused => "Refusée",
        _ => "Sans réponse",
    };

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
}

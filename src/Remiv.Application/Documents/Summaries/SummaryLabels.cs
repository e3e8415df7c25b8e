using System.Globalization;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Youths;

namespace Remiv.Application.Documents.Summaries;

/// <summary>
/// The words of the case summary, a French document whatever the interface's language: the same words as the pages'
/// labels (Web/Pages/CaseLabels.cs, DeadlineLabels.cs), which the web layer translates and the PDF does not.
/// </summary>
public static class SummaryLabels
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The tracks in the order the team uses them most (the file page's order).</summary>
    public static readonly IReadOnlyList<Track> TrackOrder =
    [
        Track.Administrative, Track.Legal, Track.Social, Track.Health, Track.EducationTraining,
        Track.Housing, Track.Language, Track.CultureSport, Track.Psychological,
    ];

    /// <summary>26/11/2026.</summary>
    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", French);

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
        BirthDateStanding.Declared => "déclarée",
        BirthDateStanding.Documented => "attestée par un document",
        BirthDateStanding.Contested => "contestée",
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
}

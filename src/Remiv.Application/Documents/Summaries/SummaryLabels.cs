using System.Globalization;
using Remiv.Application.Common;
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

    public static string For(Track track) => DomainLabels.For(track);

    public static string For(YouthStatus status) => DomainLabels.For(status);

    public static string For(BirthDateStanding standing) => standing switch
    {
        BirthDateStanding.Declared => "déclarée",
        BirthDateStanding.Documented => "attestée par un document",
        BirthDateStanding.Contested => "contestée",
        _ => standing.ToString(),
    };

    public static string For(Sex sex) => DomainLabels.For(sex);

    public static string For(EntryKind kind) => DomainLabels.For(kind);

    public static string For(DocumentKind kind) => DomainLabels.For(kind);

    public static string For(DocumentStatus status) => DomainLabels.For(status);

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

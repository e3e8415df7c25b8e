namespace Remiv.Application.Reports;

/// <summary>
/// The report as a whole, and as each of REMIV's five funders reads it: the tables they ask about, in their order, under
/// the title they expect. Every template keeps the young people followed first: it is the figure every funder starts
/// from.
/// </summary>
public static class ReportTemplates
{
    public const string FullCode = "full";

    /// <summary>Everything the hub counts, in the order of the hub's own annual report.</summary>
    public static ReportTemplate Full { get; } = new(FullCode, "Rapport complet", "Rapport d'activité de REMIV", ReportTableKeys.All);

    /// <summary>
    /// Fondation de France funds the hub's support of isolated young exiles as people: who they are (age, nationality,
    /// language), the psychological care (the volunteer psychologists it supports) and the workshops it finances.
    /// </summary>
    public static ReportTemplate FondationDeFrance { get; } = new(
        "fondation-de-france", "Fondation de France", "Bilan d'activité pour la Fondation de France",
        [ReportTableKeys.YoungPeople, ReportTableKeys.AgeAtArrival, ReportTableKeys.Nationalities, ReportTableKeys.Languages,
            ReportTableKeys.Psychology, ReportTableKeys.Workshops, ReportTableKeys.Exits]);

    /// <summary>
    /// The Région Nouvelle-Aquitaine funds access to training and integration: the workshops (French lessons first),
    /// the follow-up by track (education and training, language), the referrals to schools, CASNAV and the mission locale,
    /// and how the young people leave.
    /// </summary>
    public static ReportTemplate Region { get; } = new(
        "region-nouvelle-aquitaine", "Région Nouvelle-Aquitaine", "Bilan d'activité pour la Région Nouvelle-Aquitaine",
        [ReportTableKeys.YoungPeople, ReportTableKeys.AgeAtArrival, ReportTableKeys.Workshops, ReportTableKeys.Entries,
            ReportTableKeys.Referrals, ReportTableKeys.Exits]);

    /// <summary>
    /// The DDETS (the State) follows the reception of unaccompanied minors: arrivals and age at arrival, nationalities,
    /// the administrative and legal follow-up (entries by track), the legal deadlines met or missed, and the exits.
    /// </summary>
    public static ReportTemplate State { get; } = new(
        "ddets", "DDETS (État)", "Bilan d'activité pour la DDETS",
        [ReportTableKeys.YoungPeople, ReportTableKeys.AgeAtArrival, ReportTableKeys.Nationalities, ReportTableKeys.Entries,
            ReportTableKeys.Deadlines, ReportTableKeys.Exits]);

    /// <summary>
    /// The City of Poitiers funds the hub as a place of the city: how many young people come, the workshops and
    /// activities held, and the local partners the young people are sent to.
    /// </summary>
    public static ReportTemplate City { get; } = new(
        "ville-de-poitiers", "Ville de Poitiers", "Bilan d'activité pour la Ville de Poitiers",
        [ReportTableKeys.YoungPeople, ReportTableKeys.Workshops, ReportTableKeys.Referrals, ReportTableKeys.Languages]);

    /// <summary>
    /// The federation of social centres looks at the hub's work within the Maison des trois quartiers: the young people
    /// followed, the follow-up by track, the workshops, the partner network and the psychological care.
    /// </summary>
    public static ReportTemplate Federation { get; } = new(
        "federation-centres-sociaux", "Fédération des centres sociaux", "Bilan d'activité pour la fédération des centres sociaux",
        [ReportTableKeys.YoungPeople, ReportTableKeys.Entries, ReportTableKeys.Workshops, ReportTableKeys.Referrals,
            ReportTableKeys.Psychology]);

    /// <summary>The full report first, then the funders.</summary>
    public static IReadOnlyList<ReportTemplate> All { get; } = [Full, FondationDeFrance, Region, State, City, Federation];

    /// <summary>The template of this code (the full report for none), or null when no template has it.</summary>
    public static ReportTemplate? Find(string? code) =>
        string.IsNullOrWhiteSpace(code) ? Full : All.FirstOrDefault(t => t.Code.Equals(code.Trim(), StringComparison.OrdinalIgnoreCase));
}

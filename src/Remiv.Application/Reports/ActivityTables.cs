using System.Globalization;
using Remiv.Application.Common;
using Remiv.Application.Common.Validation;
using Remiv.Domain.Partners;
using Remiv.Domain.Youths;

namespace Remiv.Application.Reports;

/// <summary>
/// Turns the raw counts of a period into the published tables, the small-count rule applied (<see cref="SmallCounts"/>).
/// French only: the exports are French documents.
/// </summary>
public static class ActivityTables
{
    /// <summary>How many nationalities or languages are named before the rest is grouped as "Autres" (the notes say 10).</summary>
    public const int TopEntries = 10;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static IReadOnlyList<ReportTable> Build(ActivityFigures figures, ReportTemplate template) =>
        [.. template.TableKeys.Select(key => Table(key, figures))];

    public static ReportTable Table(string key, ActivityFigures f) => key switch
    {
        ReportTableKeys.YoungPeople => YoungPeople(f),
        ReportTableKeys.Exits => Exits(f),
        ReportTableKeys.AgeAtArrival => AgeAtArrival(f),
        ReportTableKeys.Nationalities => Ranked(ReportTableKeys.Nationalities, "Nationalités des jeunes suivis", "Nationalité", f.Nationalities,
            code => IsoCodes.CountryName(code), "Non renseignée",
            "Jeunes suivis dans la période, par nationalité déclarée ; au-delà des 10 plus fréquentes, les autres sont regroupées."),
        ReportTableKeys.Languages => Ranked(ReportTableKeys.Languages, "Langue principale des jeunes suivis", "Langue", f.Languages,
            code => IsoCodes.LanguageName(code), "Non renseignée",
            "Jeunes suivis dans la période, par langue principale (la première langue indiquée dans le dossier) ; au-delà des 10 plus fréquentes, les autres sont regroupées."),
        ReportTableKeys.Entries => Entries(f),
        ReportTableKeys.Psychology => Psychology(f),
        ReportTableKeys.Workshops => Workshops(f),
        ReportTableKeys.Referrals => Referrals(f),
        ReportTableKeys.Deadlines => Deadlines(f),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown report table."),
    };

    private static ReportTable YoungPeople(ActivityFigures f) => new(
        ReportTableKeys.YoungPeople,
        "Jeunes suivis",
        "Indicateur",
        [ReportLabels.Count],
        [
            Row("Jeunes suivis dans la période", SmallCounts.Count(f.Followed)),
            Row("Nouvelles arrivées", SmallCounts.Count(f.Arrivals)),
            Row("Sorties", SmallCounts.Count(f.Exits.Sum(e => e.Count))),
        ],
        ReportChart.None,
        "Jeunes suivis : premier contact au plus tard le dernier jour de la période, et pas de sortie avant son premier jour. "
        + "Nouvelles arrivées : premier contact dans la période. Sorties : sorties du dispositif datées dans la période.");

    private static ReportTable Exits(ActivityFigures f)
    {
        var reasons = Enum.GetValues<ExitReason>();
        var labels = reasons.Select(DomainLabels.For).Append(ReportLabels.Unknown).ToList();
        var counts = reasons.Select(r => f.Exits.Where(e => e.Reason == r).Sum(e => e.Count))
            .Append(f.Exits.Where(e => e.Reason is null).Sum(e => e.Count)).ToList();
        return Breakdown(ReportTableKeys.Exits, "Sorties par motif", "Motif de sortie", labels, counts, ReportChart.Bars,
            "Sorties du dispositif datées dans la période, selon le motif enregistré ; « Non précisé » : sorties enregistrées avant que le motif soit demandé.");
    }

    private static ReportTable AgeAtArrival(ActivityFigures f)
    {
        int In(Func<int, bool> band) => f.ArrivalAges.Where(a => a.Age is { } age && band(age)).Sum(a => a.Count);
        return Breakdown(
            ReportTableKeys.AgeAtArrival, "Âge à l'arrivée", "Âge",
            ["Moins de 15 ans", "15 ans", "16 ans", "17 ans", "18 ans et plus", "Âge inconnu"],
            [In(a => a < 15), In(a => a == 15), In(a => a == 16), In(a => a == 17), In(a => a >= 18), f.ArrivalAges.Where(a => a.Age is null).Sum(a => a.Count)],
            ReportChart.Bars,
            "Nouvelles arrivées de la période, selon leur âge le jour du premier contact, d'après la date de naissance enregistrée (déclarée, attestée ou contestée).");
    }

    private static ReportTable Ranked(
        string key, string title, string rowHeader, IReadOnlyList<CodeCount> counts, Func<string, string?> name, string unknown, string note)
    {
        var known = counts.Where(c => !string.IsNullOrEmpty(c.Code) && c.Count > 0)
            .OrderByDescending(c => c.Count).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
        var labels = new List<string>();
        var values = new List<int>();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            // The names of countries and languages in French, whoever reads (a background export has no culture).
            CultureInfo.CurrentUICulture = French;
            foreach (var c in known.Take(TopEntries))
            {
                labels.Add(name(c.Code!) ?? c.Code!);
                values.Add(c.Count);
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        if (known.Count > TopEntries)
        {
            labels.Add(ReportLabels.Others);
            values.Add(known.Skip(TopEntries).Sum(c => c.Count));
        }

        labels.Add(unknown);
        values.Add(counts.Where(c => string.IsNullOrEmpty(c.Code)).Sum(c => c.Count));
        return Breakdown(key, title, rowHeader, labels, values, ReportChart.Bars, note);
    }

    private static ReportTable Entries(ActivityFigures f)
    {
        var tracks = Enum.GetValues<Track>();
        var kinds = Enum.GetValues<EntryKind>();
        var cells = tracks.Select(t => (IReadOnlyList<int>)[.. kinds.Select(k => f.Entries.Where(e => e.Track == t && e.Kind == k).Sum(e => e.Count))]).ToList();
        return Matrix(
            ReportTableKeys.Entries, "Suivis par volet et par type", "Volet",
            [.. kinds.Select(DomainLabels.For)], [.. tracks.Select(DomainLabels.For)], cells, ReportChart.None,
            "Entrées du journal de suivi datées dans la période, selon leur volet et leur type ; le volet psychologique n'y figure que par des nombres.");
    }

    private static ReportTable Psychology(ActivityFigures f)
    {
        var p = f.Psychology;
        var held = SmallCounts.Breakdown([p.FirstSessions.Held, p.Sessions.Held - p.FirstSessions.Held]);
        return new ReportTable(
            ReportTableKeys.Psychology,
            "Suivi psychologique",
            "Indicateur",
            [ReportLabels.Count],
            [
                // Held = first + follow-up: published as a breakdown, so that neither can be worked out from the other.
                Row("Premières séances tenues", held[0]),
                Row("Séances de suivi tenues", held[1]),
                Row("Séances tenues", held[2]),
                Row("Séances où le jeune était absent", SmallCounts.Count(p.Sessions.YouthAbsent)),
                Row("Séances annulées", SmallCounts.Count(p.Sessions.Cancelled)),
                Row("Jeunes reçus", SmallCounts.Count(p.YoungPeopleSeen)),
                Row("Attentes mesurées", SmallCounts.Count(p.Waiting.Count)),
                Row("Attente médiane (jours)", SmallCounts.Measure(p.Waiting.MedianDays, p.Waiting.Count)),
                Row("Attente moyenne (jours)", SmallCounts.Measure(p.Waiting.AverageDays, p.Waiting.Count)),
            ],
            ReportChart.None,
            "Séances commencées dans la période. Jeunes reçus : au moins une séance tenue. Attente : de la demande de suivi à la première séance "
            + "qui y a répondu, pour les séances de la période ; médiane et moyenne données à partir de 5 attentes.");
    }

    private static ReportTable Workshops(ActivityFigures f)
    {
        var kinds = f.Workshops;
        var additive = SmallCounts.Table([.. kinds.Select(k => (IReadOnlyList<int>)[k.Sessions, k.Attendance])], totalRow: true, totalColumn: false, columnCount: 2);
        var rows = new List<ReportRow>();
        for (var i = 0; i <= kinds.Count; i++)
        {
            var participants = i < kinds.Count ? kinds[i].Participants : f.WorkshopParticipants;
            // A kind's participants taken from the total would give those who came only to the other kinds: hidden when
            // that difference is a small count.
            var shown = i < kinds.Count && SmallCounts.Count(f.WorkshopParticipants - participants).IsHidden
                ? ReportValue.Hidden
                : SmallCounts.Count(participants);
            rows.Add(new ReportRow(i < kinds.Count ? kinds[i].Kind : ReportLabels.Total, [additive[i][0], additive[i][1], shown])
            {
                IsTotal = i == kinds.Count,
            });
        }

        return new ReportTable(
            ReportTableKeys.Workshops, "Ateliers", "Atelier", ["Séances", "Présences", "Participants distincts"], rows, ReportChart.Bars,
            "Séances d'atelier datées dans la période (jusqu'à aujourd'hui), présences relevées et jeunes différents présents au moins une fois ; "
            + "le total des participants compte chaque jeune une seule fois.");
    }

    private static ReportTable Referrals(ActivityFigures f)
    {
        var types = Enum.GetValues<PartnerType>().Where(t => f.Referrals.Any(r => r.PartnerType == t && r.Count > 0)).ToList();
        var statuses = Enum.GetValues<ReferralStatus>();
        var cells = types.Select(t => (IReadOnlyList<int>)[.. statuses.Select(s => f.Referrals.Where(r => r.PartnerType == t && r.Status == s).Sum(r => r.Count))]).ToList();
        return Matrix(
            ReportTableKeys.Referrals, "Orientations par type de partenaire et par issue", "Type de partenaire",
            [.. statuses.Select(DomainLabels.For)], [.. types.Select(DomainLabels.For)], cells, ReportChart.None,
            "Orientations proposées dans la période, selon le type du partenaire et leur statut à ce jour.");
    }

    private static ReportTable Deadlines(ActivityFigures f)
    {
        var d = f.Deadlines;
        return Breakdown(
            ReportTableKeys.Deadlines, "Échéances", "Échéance",
            ["Respectées", "Manquées", "Annulées", "En cours, pas encore échues"],
            [d.Met, d.Missed, d.Cancelled, d.Open],
            ReportChart.Bars,
            "Échéances dont la date tombe dans la période, tous volets. Respectées : faites au plus tard le jour de l'échéance (heure de Paris). "
            + "Manquées : marquées manquées, faites après le jour de l'échéance, ou encore ouvertes après ce jour. "
            + "En cours : ouvertes, échéance aujourd'hui ou plus tard.");
    }

    private static ReportTable Breakdown(
        string key, string title, string rowHeader, IReadOnlyList<string> labels, IReadOnlyList<int> counts, ReportChart chart, string note)
    {
        var values = SmallCounts.Breakdown(counts);
        var rows = labels.Select((label, i) => Row(label, values[i])).Append(new ReportRow(ReportLabels.Total, [values[^1]]) { IsTotal = true });
        return new ReportTable(key, title, rowHeader, [ReportLabels.Count], [.. rows], chart, note);
    }

    private static ReportTable Matrix(
        string key, string title, string rowHeader, IReadOnlyList<string> columns, IReadOnlyList<string> labels, IReadOnlyList<IReadOnlyList<int>> cells,
        ReportChart chart, string note)
    {
        var values = SmallCounts.Table(cells, totalRow: true, totalColumn: true, columnCount: columns.Count);
        var rows = labels.Select((label, i) => new ReportRow(label, values[i]))
            .Append(new ReportRow(ReportLabels.Total, values[^1]) { IsTotal = true });
        return new ReportTable(key, title, rowHeader, [.. columns, ReportLabels.Total], [.. rows], chart, note);
    }

    private static ReportRow Row(string label, ReportValue value) => new(label, [value]);
}

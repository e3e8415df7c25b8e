using Remiv.Application.Psychology.Figures;
using Remiv.Application.Reports;
using Remiv.Domain.Youths;

namespace Remiv.Application.Tests.Reports;

/// <summary>How the raw counts become the published tables: names in French, the long tail grouped, templates applied.</summary>
public sealed class ActivityTablesTests
{
    private const string H = ReportValue.HiddenText;

    [Test]
    public void Beyond_ten_nationalities_the_rest_is_grouped_as_autres_with_the_unknown_apart()
    {
        string[] codes = ["AF", "GN", "ML", "CI", "SN", "ER", "SD", "TD", "CM", "BD", "PK", "NG"];
        var counts = codes.Select((code, i) => new CodeCount(code, 40 - i)).Append(new CodeCount(null, 7)).ToList();

        var table = ActivityTables.Table(ReportTableKeys.Nationalities, Figures() with { Nationalities = counts });

        table.Rows.Select(r => r.Label).ShouldBe(
        [
            "Afghanistan", "Guinée", "Mali", "Côte d’Ivoire", "Sénégal", "Érythrée", "Soudan", "Tchad", "Cameroun", "Bangladesh",
            "Autres", "Non renseignée", "Total",
        ]);
        table.Rows[10].Values[0].Number.ShouldBe(29m + 30m, "Pakistan 30 and Nigeria 29");
        table.Rows[^1].Values[0].Number.ShouldBe(counts.Sum(c => c.Count));
        table.Rows[^1].IsTotal.ShouldBeTrue();
        table.Chart.ShouldBe(ReportChart.Bars);
    }

    [Test]
    public void Languages_are_named_in_french_whatever_the_reader_s_language()
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        try
        {
            var table = ActivityTables.Table(ReportTableKeys.Languages, Figures() with { Languages = [new("ps", 6), new("ti", 5)] });

            table.Rows.Select(r => $"{r.Label} {r.Values[0].Shown}").ShouldBe(["pachto 6", "tigrigna 5", "Non renseignée 0", "Total 11"]);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    [Test]
    public void Waiting_time_is_hidden_below_5_waits()
    {
        var figures = Figures() with
        {
            Psychology = Figures().Psychology with { Waiting = new WaitingTimes(4, 12, 13.5) },
        };

        var rows = ActivityTables.Table(ReportTableKeys.Psychology, figures).Rows.ToDictionary(r => r.Label, r => r.Values[0].Shown);

        rows["Attentes mesurées"].ShouldBe(H);
        rows["Attente médiane (jours)"].ShouldBe(H);
        rows["Attente moyenne (jours)"].ShouldBe(H);
    }

    [Test]
    public void Each_template_lists_known_tables_once_with_the_young_people_first()
    {
        ReportTemplates.All.Select(t => t.Code).ShouldBeUnique();
        foreach (var template in ReportTemplates.All)
        {
            template.TableKeys.ShouldBeUnique(template.Code);
            template.TableKeys.ShouldAllBe(key => ReportTableKeys.All.Contains(key), template.Code);
            template.TableKeys[0].ShouldBe(ReportTableKeys.YoungPeople, template.Code);
            ActivityTables.Build(Figures(), template).Select(t => t.Key).ShouldBe(template.TableKeys);
        }

        ReportTemplates.Find(null).ShouldBe(ReportTemplates.Full);
        ReportTemplates.Find(" DDETS ").ShouldBe(ReportTemplates.State);
        ReportTemplates.Find("inconnu").ShouldBeNull();
    }

    [Test]
    public void Empty_tables_still_have_their_total_row()
    {
        var report = ActivityTables.Build(Figures(), ReportTemplates.Full).ToDictionary(t => t.Key);

        report[ReportTableKeys.Workshops].Rows.Select(r => $"{r.Label} {string.Join(' ', r.Values.Select(v => v.Shown))}").ShouldBe(["Total 0 0 0"]);
        report[ReportTableKeys.Referrals].Rows.Single().Values.Count.ShouldBe(7);
        report[ReportTableKeys.Entries].Rows.Count.ShouldBe(Enum.GetValues<Track>().Length + 1);
    }

    private static ActivityFigures Figures() => new(
        0, 0, [], [], [], [], [],
        new PsychologyFigures(new(2026, 1, 1), new(2026, 12, 31), new(0, 0, 0, 0), new(0, 0, 0, 0), new(0, 0, 0), 0, new(0, null, null), []),
        [], 0, [], new DeadlineCounts(0, 0, 0, 0));
}

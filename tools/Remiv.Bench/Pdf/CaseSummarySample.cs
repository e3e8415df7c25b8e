using System.Globalization;
using System.Text;
using Remiv.Application.Documents.Layout;
using Remiv.Bench.Generation;
using Remiv.Domain.Youths;

namespace Remiv.Bench.Pdf;

/// <summary>
/// A document of the shape of a case summary ("synthèse de situation", issue 6), built with the engine's fluent API
/// from the generator's names and texts: the hub's header, an identity table (names in their own script), the status
/// history, the current situation per track, then the journal entries (1 to 4 sentences each) in a table whose header
/// repeats on every page, and a footer "Confidentiel … page X / Y". Deterministic for a seed.
/// </summary>
internal static class CaseSummarySample
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly Rgb Accent = Rgb.FromHex("#1F4E79");
    private static readonly Rgb Shade = Rgb.FromHex("#EEF3F8");
    private static readonly string[] JournalColumns = ["Date", "Suivi", "Entrée"];

    private static readonly Dictionary<Track, string> TrackNames = new()
    {
        [Track.Administrative] = "Administratif",
        [Track.Legal] = "Juridique",
        [Track.Social] = "Social",
        [Track.Psychological] = "Psychologique",
        [Track.Health] = "Santé",
        [Track.EducationTraining] = "Scolarité, formation",
        [Track.Housing] = "Hébergement",
        [Track.Language] = "Langue",
        [Track.CultureSport] = "Culture, sport",
    };

    public static DocumentSpec Create(int entries, int seed, DateTimeOffset generatedAt)
    {
        var rng = Rng.For(seed, 0, 77);
        var origin = rng.Pick(Names.Origins);
        var first = rng.Pick(origin.Male);
        var last = rng.Pick(origin.Last);
        var today = DateOnly.FromDateTime(generatedAt.UtcDateTime);
        var birth = today.AddYears(-16).AddDays(-rng.Between(0, 700));
        var tracks = TrackNames.Keys.Where(t => t != Track.Psychological).ToArray();
        var journal = Enumerable.Range(0, entries)
            .Select(i => (Day: today.AddDays(-((entries - i) * 2) - rng.Between(0, 1)), Track: rng.Pick(tracks), Author: Staff(rng), Text: Text(rng, first.Main)))
            .ToList();

        return Document.Create(d =>
        {
            d.Metadata($"Synthèse de situation — {first.Main} {last.Main}", generatedAt, author: "Claire Martin", subject: "Synthèse de situation", keywords: "Remiv; synthèse");
            d.Page(p =>
            {
                p.Margin(Units.Mm(18), Units.Mm(15));
                p.DefaultTextStyle(new TextStyle { Size = 9.5f });
                p.Header().PaddingBottom(8).BorderBottom(1, Accent).PaddingBottom(4).Row(r =>
                {
                    r.RelativeItem().Column(c =>
                    {
                        c.Item().Text("REMIV — Réseau d'accompagnement des mineurs isolés de la Vienne").Bold().FontColor(Accent);
                        c.Item().Text("12 rue des Carmes, 86000 Poitiers · 05 49 00 00 00").FontSize(8).FontColor(Rgb.Grey);
                    });
                    r.ConstantItem(150).AlignRight().Text("Synthèse de situation").FontSize(13).Bold();
                });
                p.Footer().PaddingTop(6).BorderTop(0.5f, Rgb.Grey).PaddingTop(3).Row(r =>
                {
                    r.RelativeItem().Text(t =>
                    {
                        t.Span("Confidentiel").Bold();
                        t.Span($" — généré le {generatedAt.ToString("d MMMM yyyy 'à' HH:mm", French)} par Claire Martin");
                    });
                    r.ConstantItem(80).AlignRight().Text(t =>
                    {
                        t.Span("Page ");
                        t.CurrentPageNumber();
                        t.Span(" / ");
                        t.TotalPages();
                    });
                });
                p.Content().PaddingTop(6).Column(c =>
                {
                    c.Spacing(10);
                    c.Item().Text(t =>
                    {
                        t.Span($"{first.Main} {last.Main.ToUpper(French)}").FontSize(16).Bold();
                        if (first.Native is not null || last.Native is not null)
                        {
                            t.Span($"   {first.Native ?? first.Main} {last.Native ?? last.Main}").FontSize(14);
                        }
                    });
                    c.Item().Element(SectionTitle("Identité"));
                    c.Item().Table(table =>
                    {
                        table.ColumnsDefinition(k => k.ConstantColumn(140).RelativeColumn());
                        void Line(string label, string value)
                        {
                            table.Cell().Background(Shade).Padding(3).Text(label).Bold();
                            table.Cell().Padding(3).Text(value);
                        }

                        Line("Nom, prénom", $"{last.Main.ToUpper(French)} {first.Main}");
                        Line("Autres graphies", string.Join(", ", first.Spellings.Skip(1).Concat(last.Spellings.Skip(1)).DefaultIfEmpty("—")));
                        Line("Date de naissance", $"{birth.ToString("d MMMM yyyy", French)} ({Age(birth, today)} ans) — 18 ans le {birth.AddYears(18).ToString("d MMMM yyyy", French)}");
                        Line("Nationalité", origin.Country);
                        Line("Langues", string.Join(", ", origin.LanguageSets[0].Languages));
                        Line("Statut", "Minorité reconnue, placement ASE (depuis le 3 février)");
                        Line("Référent", "Claire Martin (éducatrice)");
                        Line("Groupe de suivi", "Mardi après-midi — Poitiers centre");
                        Line("Hébergement", rng.Pick(Texts.Accommodation));
                    });
                    c.Item().Element(SectionTitle("Situation par suivi"));
                    c.Item().Column(s =>
                    {
                        s.Spacing(3);
                        foreach (var track in tracks.Take(5))
                        {
                            s.Item().Text(t =>
                            {
                                t.Span(TrackNames[track] + " : ").Bold();
                                t.Span(rng.Pick(Texts.Situations[track]));
                            });
                        }
                    });
                    c.Item().EnsureSpace(80).Element(SectionTitle($"Journal ({entries} entrées)"));
                    c.Item().Table(table =>
                    {
                        table.ColumnsDefinition(k => k.ConstantColumn(58).ConstantColumn(78).RelativeColumn());
                        table.Header(h =>
                        {
                            foreach (var title in JournalColumns)
                            {
                                h.Cell().Background(Accent).Padding(3).Text(title).Bold().FontColor(Rgb.White);
                            }
                        });
                        foreach (var (day, track, author, text) in journal)
                        {
                            table.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3).Text(day.ToString("dd/MM/yyyy", French));
                            table.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3).Text(TrackNames[track]);
                            table.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3).Text(t =>
                            {
                                t.Span(text);
                                t.Span($" — {author}").Italic().FontColor(Rgb.Grey);
                            });
                        }
                    });
                });
            });
        });
    }

    private static Action<IContainer> SectionTitle(string title) =>
        c => c.BorderBottom(0.75f, Accent).PaddingBottom(2).Text(title).FontSize(11.5f).Bold().FontColor(Accent);

    private static string Staff(Rng rng) => $"{rng.Pick(Texts.StaffFirstNames)} {rng.Pick(Texts.StaffLastNames)}";

    private static int Age(DateOnly birth, DateOnly day) => day.Year - birth.Year - (day < birth.AddYears(day.Year - birth.Year) ? 1 : 0);

    /// <summary>One to four sentences of any track.</summary>
    private static string Text(Rng rng, string name)
    {
        var pool = Texts.Sentences[rng.Pick(TrackNames.Keys.Where(t => t != Track.Psychological).ToArray())];
        var text = new StringBuilder();
        var sentences = rng.Between(1, 4);
        for (var i = 0; i < sentences; i++)
        {
            text.Append(i == 0 ? string.Empty : " ").Append(rng.Pick(pool));
        }

        return text
            .Replace("{p}", name)
            .Replace("{d}", "12 mars")
            .Replace("{a}", rng.Pick(Texts.Lawyers))
            .Replace("{w}", rng.Pick(Texts.Weekdays))
            .ToString();
    }
}

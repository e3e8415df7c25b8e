using System.Globalization;
using Remiv.Application.Common;
using Remiv.Application.Documents.Layout;
using Remiv.Application.Youths.Queries;
using Remiv.Domain.Youths;
using static Remiv.Application.Documents.Summaries.SummaryLabels;

namespace Remiv.Application.Documents.Summaries;

/// <summary>
/// Lays out a case summary ("synthèse de situation") with the document engine: the hub's header and, on every page, the
/// footer "Confidentiel · Généré le … par … · page X / Y"; then identity, path, situations per track, open deadlines, the
/// documents checklist, the count of psychological sessions, the entries of the period (last, as they may run over many
/// pages: a table whose header repeats on every page and whose rows are never split) and, for a psychologist's own use
/// only, the session notes. An empty section says so. A French document: dates dd/MM/yyyy, names exactly as stored. No
/// name in the metadata.
/// </summary>
public static class CaseSummaryComposer
{
    public const string Title = "Synthèse de situation";

    public const string Subject = "Synthèse de situation d'un jeune suivi par le REMIV (Poitiers)";

    public const string OwnUseMark = "Usage personnel de la psychologue — ne pas transmettre";

    /// <summary>Entries per document: past this, the oldest of the period are left out, and the document says so.</summary>
    public const int MaxEntries = 500;

    public static readonly string[] EntryColumns = ["Date", "Volet", "Auteur", "Entrée"];

    private static readonly Rgb Accent = Rgb.FromHex("#1F4E79");
    private static readonly Rgb Shade = Rgb.FromHex("#EEF3F8");
    private static readonly Rgb Warning = Rgb.FromHex("#A4262C");
    private static readonly Rgb WarningShade = Rgb.FromHex("#FBEAEA");

    public static DocumentSpec Compose(CaseSummaryContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Document.Create(d =>
        {
            d.Metadata(Title, content.GeneratedAt, author: "Remiv", subject: Subject);
            d.Page(p =>
            {
                p.Margin(Units.Mm(18), Units.Mm(14));
                p.DefaultTextStyle(new TextStyle { Size = 9.5f });
                p.Header().Element(h => Header(h, content));
                p.Footer().Element(f => Footer(f, content));
                p.Content().PaddingVertical(8).Column(c =>
                {
                    c.Spacing(14);
                    c.Item().Element(x => Heading(x, content));
                    c.Item().Element(x => Identity(x, content));
                    if (content.File.Case is { } file)
                    {
                        c.Item().Element(x => Path(x, file));
                    }

                    c.Item().Element(x => Situations(x, content));
                    c.Item().Element(x => Deadlines(x, content));
                    if (content.File.Case is { } documents)
                    {
                        c.Item().Element(x => Documents(x, documents));
                    }

                    if (content.Sessions is { } sessions)
                    {
                        c.Item().Element(x => Sessions(x, sessions, content));
                    }

                    // The history last: it may run over many pages, and what a reader needs first is above.
                    c.Item().Element(x => Entries(x, content));
                    if (content.Notes is not null)
                    {
                        c.Item().Element(x => Notes(x, content));
                    }
                });
            });
        });
    }

    private static void Header(IContainer container, CaseSummaryContent content) =>
        container.Column(c =>
        {
            c.Item().BorderBottom(1, Accent).PaddingBottom(4).Row(r =>
            {
                r.RelativeItem().Column(x =>
                {
                    x.Item().Text("REMIV — Poitiers").FontSize(12).Bold().FontColor(Accent);
                    x.Item().Text("Ressources pour les mineurs isolés en Vienne · Maison des trois quartiers").FontSize(8).FontColor(Rgb.Grey);
                });
                r.ConstantItem(170).AlignRight().Text(Title).FontSize(13).Bold();
            });
            if (content.ForPsychologistOwnUse)
            {
                c.Item().PaddingTop(4).Background(WarningShade).Padding(4).Text(OwnUseMark).Bold().FontColor(Warning);
            }
        });

    private static void Footer(IContainer container, CaseSummaryContent content)
    {
        var paris = TimeZoneInfo.ConvertTime(content.GeneratedAt, HubCalendar.Zone);
        var generated = $" · Généré le {paris.ToString("dd/MM/yyyy", French)} à {paris.ToString("HH:mm", French)} par {content.GeneratedBy}";
        container.BorderTop(0.5f, Rgb.Grey).PaddingTop(3).Row(r =>
        {
            r.RelativeItem().Text(t =>
            {
                t.Span("Confidentiel").Bold();
                t.Span(generated).FontColor(Rgb.DarkGrey);
            });
            r.ConstantItem(70).AlignRight().Text(t =>
            {
                t.Span("page ");
                t.CurrentPageNumber();
                t.Span(" / ");
                t.TotalPages();
            });
        });
    }

    private static void Heading(IContainer container, CaseSummaryContent content)
    {
        var file = content.File;
        container.Column(c =>
        {
            c.Spacing(3);
            c.Item().Text(string.Join(' ', new[] { file.FirstName, file.LastName }.Where(n => n.Length > 0))).FontSize(17).Bold();
            if (file.Aliases.Count > 0)
            {
                c.Item().Text(t =>
                {
                    t.Span("Autres orthographes : ").FontColor(Rgb.DarkGrey);
                    t.Span(string.Join(", ", file.Aliases.Select(a => a.Name)));
                });
            }

            if (file.IsArchived)
            {
                c.Item().Text("Dossier archivé").Bold().FontColor(Warning);
            }

            c.Item().Text(t =>
            {
                t.Span($"Période du {Day(content.Period.From)} au {Day(content.Period.To)}").Bold();
                t.Span(" · Volets : " + string.Join(", ", content.Tracks.Select(For)));
            });
        });
    }

    private static void Identity(IContainer container, CaseSummaryContent content)
    {
        var file = content.File;
        Section(container, "Identité", s => s.Item().Table(t =>
        {
            t.ColumnsDefinition(k => k.ConstantColumn(125).RelativeColumn());
            void Line(string label, string value)
            {
                t.Cell().Background(Shade).BorderBottom(0.5f, Rgb.White).Padding(3).Text(label).Bold();
                t.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3).Text(value);
            }

            Line("Nom", file.LastName.Length > 0 ? file.LastName : "—");
            Line("Prénom", file.FirstName.Length > 0 ? file.FirstName : "—");
            Line("Date de naissance", file.BirthDate is { } birth ? $"{Day(birth)} ({For(file.BirthDateStanding)})" : "Inconnue");
            Line("Âge", file.Age is { } age ? $"{age} {(age > 1 ? "ans" : "an")}" : "Inconnu");
            if (file.EighteenthBirthday is { } eighteen)
            {
                Line("18 ans", eighteen <= content.Today ? $"depuis le {Day(eighteen)}" : $"le {Day(eighteen)}");
            }

            Line("Sexe", For(file.Sex));
            Line("Nationalité", file.Nationality?.Name ?? "Non renseignée");
            Line("Langues", file.Languages.Count > 0 ? string.Join(", ", file.Languages.Select(l => l.Name)) : "Non renseignées");
            Line("Interprète", file.InterpreterNeeded ? "Nécessaire" : "Non nécessaire");
            Line("Premier contact", Day(file.FirstContact));
            Line("Référent", file.Referent?.Name ?? "Aucun");
            if (file.Case is { } details)
            {
                var members = details.FollowUpGroup.Where(m => m.Until is null).Select(m => m.IsReferent ? $"{m.Name} (référent)" : m.Name).ToList();
                Line("Groupe de suivi", members.Count > 0 ? string.Join(", ", members) : "Aucun membre");
            }
        }));
    }

    private static void Path(IContainer container, CaseView file) =>
        Section(container, "Statut et parcours", s =>
        {
            var since = file.StatusHistory.FirstOrDefault(h => h.Status == file.Status);
            s.Item().Text(t =>
            {
                t.Span("Statut actuel : ");
                t.Span(For(file.Status)).Bold();
                if (since is not null)
                {
                    t.Span($" (depuis le {Day(since.Date)})");
                }
            });
            if (file.StatusHistory.Count == 0)
            {
                Empty(s, "Aucune étape enregistrée.");
                return;
            }

            s.Item().Table(t =>
            {
                t.ColumnsDefinition(k => k.ConstantColumn(62).RelativeColumn(1.2f).RelativeColumn(1.5f).ConstantColumn(95));
                HeaderRow(t, "Date", "Étape", "Précisions", "Saisie par");
                foreach (var step in file.StatusHistory)
                {
                    Cell(t).Text(Day(step.Date));
                    Cell(t).Text(For(step.Status));
                    Cell(t).Text(string.Join(" · ", new[] { step.Department is { Length: > 0 } d ? "Département " + d : null, step.Note }.OfType<string>()) is { Length: > 0 } x ? x : "—");
                    Cell(t).Text(step.RecordedBy ?? "—");
                }
            });
        });

    private static void Situations(IContainer container, CaseSummaryContent content) =>
        Section(container, "Situation par volet", s => s.Item().Table(t =>
        {
            t.ColumnsDefinition(k => k.ConstantColumn(125).RelativeColumn());
            foreach (var track in content.Tracks)
            {
                var situation = track == Track.Psychological
                    ? content.File.PsychologicalSituation
                    : content.File.Case?.Situations.FirstOrDefault(x => x.Track == track);
                t.Cell().Background(Shade).BorderBottom(0.5f, Rgb.White).Padding(3).Text(For(track)).Bold();
                t.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3).Text(x =>
                {
                    if (situation is null)
                    {
                        x.Span("Aucune situation renseignée.").Italic().FontColor(Rgb.Grey);
                        return;
                    }

                    x.Span(situation.Summary);
                    x.Span($"\nMise à jour le {Day(HubCalendar.DayOf(situation.UpdatedAt))}{(situation.UpdatedBy is { } by ? " par " + by : string.Empty)}")
                        .FontSize(8).FontColor(Rgb.Grey);
                });
            }
        }));

    private static void Entries(IContainer container, CaseSummaryContent content) =>
        Section(container, $"Suivi du {Day(content.Period.From)} au {Day(content.Period.To)}", s =>
        {
            if (content.Entries.Count == 0)
            {
                Empty(s, "Aucune entrée de suivi sur cette période.");
                return;
            }

            s.Item().Text(content.Entries.Count == 1 ? "1 entrée, la plus récente d'abord." : $"{content.Entries.Count} entrées, les plus récentes d'abord.")
                .FontColor(Rgb.DarkGrey);
            if (content.EntriesCapped)
            {
                s.Item().Text($"Seules les {MaxEntries} entrées les plus récentes de la période figurent ici : choisissez une période plus courte pour voir les précédentes.")
                    .Bold().FontColor(Warning);
            }

            s.Item().Table(t =>
            {
                t.ColumnsDefinition(k => k.ConstantColumn(58).ConstantColumn(70).ConstantColumn(82).RelativeColumn());
                HeaderRow(t, EntryColumns);
                foreach (var entry in content.Entries)
                {
                    Cell(t).Text(Day(entry.Date));
                    Cell(t).Text(entry.Track is { } track ? For(track) : "—");
                    Cell(t).Text(entry.Person ?? "—");
                    Cell(t).Text(x =>
                    {
                        if (entry.EntryKind is { } kind)
                        {
                            x.Span(For(kind) + " · ").Bold();
                        }

                        x.Span(entry.Text);
                        if (entry.Partner is { Length: > 0 } partner)
                        {
                            x.Span("\nPartenaire : " + partner).FontColor(Rgb.DarkGrey);
                        }

                        if (entry.NextStep is { Length: > 0 } next)
                        {
                            x.Span("\nSuite prévue : " + next).FontColor(Rgb.DarkGrey);
                        }
                    });
                }
            });
        });

    private static void Deadlines(IContainer container, CaseSummaryContent content) =>
        Section(container, "Échéances ouvertes", s =>
        {
            if (content.Deadlines.Count == 0)
            {
                Empty(s, "Aucune échéance ouverte.");
                return;
            }

            s.Item().Table(t =>
            {
                t.ColumnsDefinition(k => k.ConstantColumn(80).ConstantColumn(95).RelativeColumn());
                HeaderRow(t, "Date", "Type", "Intitulé");
                foreach (var deadline in content.Deadlines)
                {
                    var late = deadline.DueDate < content.Today;
                    Cell(t).Text(x =>
                    {
                        x.Span(Day(deadline.DueDate) + (deadline.DueTime is { } time ? " " + time.ToString("HH:mm", French) : string.Empty));
                        if (late)
                        {
                            x.Span("\nen retard").Bold().FontColor(Warning);
                        }
                    });
                    Cell(t).Text(For(deadline.Kind));
                    Cell(t).Text(x =>
                    {
                        x.Span(deadline.Title);
                        x.Span($"\n{For(deadline.Track)}").FontSize(8).FontColor(Rgb.Grey);
                    });
                }
            });
        });

    private static void Documents(IContainer container, CaseView file) =>
        Section(container, "Documents", s =>
        {
            if (file.Documents.Count == 0)
            {
                Empty(s, "Aucun document suivi.");
                return;
            }

            s.Item().Table(t =>
            {
                t.ColumnsDefinition(k => k.RelativeColumn(2).RelativeColumn().ConstantColumn(80));
                HeaderRow(t, "Document", "Statut", "Expiration");
                foreach (var document in file.Documents)
                {
                    Cell(t).Text(For(document.Kind));
                    Cell(t).Text(For(document.Status));
                    Cell(t).Text(document.ExpiryDate is { } expiry ? Day(expiry) : "—");
                }
            });
        });

    private static void Sessions(IContainer container, SessionCount sessions, CaseSummaryContent content) =>
        Section(container, "Suivi psychologique", s =>
        {
            s.Item().Text(t =>
            {
                t.Span("Séances tenues sur la période : ");
                t.Span(sessions.Held.ToString(CultureInfo.InvariantCulture)).Bold();
            });
            s.Item().Text(t =>
            {
                t.Span("Séances prévues à venir : ");
                t.Span(sessions.Planned.ToString(CultureInfo.InvariantCulture)).Bold();
            });
            if (!content.ForPsychologistOwnUse)
            {
                s.Item().Text("Le contenu des séances relève du secret professionnel : il ne figure pas dans ce document.").Italic().FontColor(Rgb.Grey);
            }
        });

    private static void Notes(IContainer container, CaseSummaryContent content) =>
        Section(container, "Notes de séance", s =>
        {
            var notes = content.Notes ?? [];
            if (notes.Count == 0)
            {
                Empty(s, "Aucune note de séance sur cette période.");
                return;
            }

            s.Item().Table(t =>
            {
                t.ColumnsDefinition(k => k.ConstantColumn(62).ConstantColumn(90).RelativeColumn());
                HeaderRow(t, "Séance", "Psychologue", "Note");
                foreach (var note in notes)
                {
                    Cell(t).Text(Day(HubCalendar.DayOf(note.SessionStart)));
                    Cell(t).Text(note.AuthorName ?? "—");
                    Cell(t).Text(note.Text);
                }
            });
        });

    /// <summary>A heading and its body; the heading never ends a page alone (it moves on with the body's first lines).</summary>
    private static void Section(IContainer container, string title, Action<ColumnDescriptor> body) =>
        container.EnsureSpace(80).Column(c =>
        {
            c.Spacing(5);
            c.Item().BorderBottom(0.75f, Accent).PaddingBottom(2).Text(title).FontSize(11.5f).Bold().FontColor(Accent);
            body(c);
        });

    private static void Empty(ColumnDescriptor section, string text) => section.Item().Text(text).Italic().FontColor(Rgb.DarkGrey);

    private static void HeaderRow(TableDescriptor table, params string[] titles) =>
        table.Header(h =>
        {
            foreach (var title in titles)
            {
                h.Cell().Background(Accent).Padding(3).Text(title).Bold().FontColor(Rgb.White);
            }
        });

    private static IContainer Cell(TableDescriptor table) => table.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3);
}

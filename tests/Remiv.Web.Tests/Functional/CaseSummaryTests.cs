using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Deadlines.Commands;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Reminders;
using Remiv.Web.Tests.Support;
using UglyToad.PdfPig;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The case summary (PDF), read back with PdfPig as a reader would: what it holds for each role (identity in any script,
/// path, situations, entries, deadlines, documents, the count of sessions), what it never holds (the psychological track
/// and the session notes, but in a psychologist's own summary), how a long history breaks over pages, the footer and the
/// metadata, bad input on the page and the API, who may generate it, and the audit. Every test uses people and young
/// people of its own: the fixture's database is shared.
/// </summary>
public sealed partial class CaseSummaryTests(string provider) : FunctionalFixture(provider)
{
    [Test]
    public async Task A_coordinators_summary_holds_the_file_as_they_see_it_with_names_in_every_script()
    {
        var scene = await SummaryKit.SceneAsync(App);
        using var api = await SummaryKit.ApiAsync(App, scene.Coordinator);

        using var response = await api.GetAsync($"/api/v1/youths/{scene.Youth}/summary");

        var pdf = await SummaryKit.PdfOfAsync(response);
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.ShouldBe($"synthese-{SummaryKit.Iso(SummaryKit.Today)}.pdf");
        var text = SummaryKit.Text(pdf);

        // Names exactly as stored, in Ge'ez and in Arabic script (PdfPig gives Arabic glyphs in visual order: read back reversed).
        var words = SummaryKit.Words(pdf);
        words.ShouldContain("ዮሐንስ");
        words.ShouldContain("ተስፋይ");
        words.Select(w => new string(w.Reverse().ToArray())).Concat(words).ShouldContain("محمد");
        words.Select(w => new string(w.Reverse().ToArray())).Concat(words).ShouldContain("أحمد");
        SummaryKit.Has(text, "Yohannès Tesfaÿ").ShouldBeTrue();

        // French words with their accents.
        foreach (var word in new[] { "Identité", "Nationalité", "Guinée", "Évaluation", "Échéances", "préparation", "réunies", "Séances", "période", "Département" })
        {
            words.ShouldContain(word);
        }

        // Identity, path, situations, entries with their authors, open deadlines, documents, the sessions as a count.
        foreach (var phrase in new[]
        {
            "REMIV — Poitiers",
            "Synthèse de situation",
            $"Date de naissance{SummaryKit.Day(scene.BirthDate)} (déclarée)",
            "Âge17 ans",
            $"18 ansle {SummaryKit.Day(scene.BirthDate.AddYears(18))}",
            "NationalitéGuinée",
            "InterprèteNécessaire",
            $"Premier contact{SummaryKit.Day(SummaryKit.Today.AddDays(-30))}",
            "RéférentCompte YouthWorker",
            "Statut actuel : Évaluation de minorité en cours",
            "Département 86 · Mise à l'abri à Poitiers",
            "Passeport ou carte d'identitéObtenu" + SummaryKit.Day(SummaryKit.Today.AddDays(200)),
            "Carte d'assurance maladieDemandé",
            "Acte de naissanceManquant",
            "Séances tenues sur la période : 1",
            "Séances prévues à venir : 1",
            "Le contenu des séances relève du secret professionnel",
        })
        {
            SummaryKit.Has(text, phrase).ShouldBeTrue(phrase);
        }

        foreach (var mark in new[] { scene.LegalSituation, scene.LegalEntry, scene.OldLegalEntry, scene.HealthEntry, scene.LegalDeadline })
        {
            SummaryKit.Has(text, mark).ShouldBeTrue(mark);
        }

        words.ShouldContain("Girard", "the entry's partner");
        SummaryKit.Has(text, SummaryKit.Day(SummaryKit.Today.AddDays(15))).ShouldBeTrue("the deadline's date");

        // Nothing of the psychological track, not even its situation.
        scene.PsychologicalSecrets.ShouldAllBe(secret => !text.Contains(secret, StringComparison.Ordinal));
        text.ShouldNotContain(CaseSummaryText.OwnUse);

        // No name in the metadata; the creation date is the generation's.
        using var document = PdfDocument.Open(pdf);
        document.Information.Title.ShouldBe("Synthèse de situation");
        document.Information.Author.ShouldBe("Remiv");
        document.Information.Subject.ShouldNotBeNullOrWhiteSpace();
        foreach (var field in new[] { document.Information.Title ?? string.Empty, document.Information.Subject ?? string.Empty, document.Information.Keywords ?? string.Empty })
        {
            field.ShouldNotContain("ዮሐንስ");
            field.ShouldNotContain("Yohann");
        }
    }

    [TestCase(Roles.Coordinator)]
    [TestCase(Roles.YouthWorker)]
    public async Task Psychological_entries_situation_deadlines_and_notes_never_reach_another_roles_summary(string role)
    {
        var scene = await SummaryKit.SceneAsync(App);
        var account = role == Roles.Coordinator ? scene.Coordinator : scene.Worker;
        using var api = await SummaryKit.ApiAsync(App, account);
        using var pages = await SummaryKit.PagesAsync(App, account);

        var fromApi = SummaryKit.Text(await SummaryKit.PdfOfAsync(await api.GetAsync($"/api/v1/youths/{scene.Youth}/summary?from={SummaryKit.Iso(SummaryKit.Today.AddDays(-30))}")));
        var fromPage = SummaryKit.Text(await SummaryKit.PdfOfAsync(await pages.SubmitAsync($"/Jeunes/{scene.Youth}/Synthese", SummaryKit.Form(
            Enum.GetValues<Track>().Where(t => t != Track.Psychological)))));

        foreach (var text in new[] { fromApi, fromPage })
        {
            SummaryKit.Has(text, scene.LegalEntry).ShouldBeTrue("the summary is the file's");
            scene.PsychologicalSecrets.ShouldAllBe(secret => !text.Contains(secret, StringComparison.Ordinal));
            text.ShouldNotContain(CaseSummaryText.OwnUse);
            text.ShouldNotContain("Notes de séance");
        }

        // Asking for the psychological track is refused, not quietly granted.
        using var asked = await api.GetAsync($"/api/v1/youths/{scene.Youth}/summary?tracks=Psychological");
        (await SummaryKit.ProblemMessagesAsync(asked)).ShouldBe(["Choisissez seulement des volets que vous pouvez consulter."]);
    }

    [Test]
    public async Task A_psychologists_own_summary_holds_the_psychological_track_and_their_notes_and_says_it_is_not_to_be_handed_on()
    {
        var scene = await SummaryKit.SceneAsync(App);
        using var api = await SummaryKit.ApiAsync(App, scene.Psychologist);

        var pdf = await SummaryKit.PdfOfAsync(await api.GetAsync($"/api/v1/youths/{scene.Youth}/summary"));

        var text = SummaryKit.Text(pdf);
        scene.PsychologicalSecrets.ShouldAllBe(secret => text.Contains(secret, StringComparison.Ordinal));
        text.ShouldContain("Notes de séance");
        text.ShouldContain("Séances tenues sur la période : 1");
        SummaryKit.PageTexts(pdf).ShouldAllBe(page => page.Contains(CaseSummaryText.OwnUse, StringComparison.Ordinal));

        // Beyond identity, a psychologist sees no case details: no other track, no path, no documents.
        text.ShouldNotContain(scene.LegalEntry);
        text.ShouldNotContain(scene.LegalSituation);
        text.ShouldNotContain(scene.LegalDeadline);
        text.ShouldNotContain(scene.HealthEntry);
        text.ShouldNotContain("Statut actuel");
        text.ShouldNotContain("Passeport ou carte d'identité");
        text.ShouldContain("ዮሐንስ");
    }

    [Test]
    public async Task Every_role_gets_the_page_and_the_api_it_may_use_and_nobody_learns_of_a_file_outside_their_groups()
    {
        var scene = await SummaryKit.SceneAsync(App);
        var admin = await App.CreateAccountAsync(Roles.Admin);
        var outsider = await App.CreateAccountAsync(Roles.YouthWorker);
        var otherPsychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var expected = new (TestAccount Account, HttpStatusCode Status)[]
        {
            (admin, HttpStatusCode.Forbidden),
            (outsider, HttpStatusCode.NotFound),
            (otherPsychologist, HttpStatusCode.NotFound),
            (scene.Coordinator, HttpStatusCode.OK),
            (scene.Worker, HttpStatusCode.OK),
            (scene.Psychologist, HttpStatusCode.OK),
        };

        foreach (var (account, status) in expected)
        {
            using var pages = await SummaryKit.PagesAsync(App, account);
            using var api = await SummaryKit.ApiAsync(App, account);
            using var page = await pages.GetAsync($"/Jeunes/{scene.Youth}/Synthese");
            using var pdf = await api.GetAsync($"/api/v1/youths/{scene.Youth}/summary");

            page.StatusCode.ShouldBe(status, $"page, {account.Role}");
            pdf.StatusCode.ShouldBe(status, $"API, {account.Role}");
            if (status != HttpStatusCode.OK)
            {
                (await pdf.Content.ReadAsStringAsync()).ShouldNotContain("ተስፋይ");
                pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            }
            else
            {
                var form = await PageClient.TextOf(page);
                form.ShouldContain("Télécharger la synthèse (PDF)");
                form.Contains("value=\"Psychological\"", StringComparison.Ordinal).ShouldBe(account.Role == Roles.Psychologist);
            }
        }
    }

    [Test]
    public async Task A_300_entry_history_breaks_over_pages_with_every_entry_once_its_header_on_each_page_and_the_footer_everywhere()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Awa", "Sangaré", SummaryKit.Today.AddYears(-16), worker);
        var markers = await SummaryKit.EntriesAsync(App, youth, worker, 300);
        using var api = await SummaryKit.ApiAsync(App, worker);

        var pdf = await SummaryKit.PdfOfAsync(await api.GetAsync($"/api/v1/youths/{youth}/summary?tracks=Administrative"));

        var pages = SummaryKit.PageWords(pdf);
        pages.Count.ShouldBeGreaterThan(5);
        var seen = pages.SelectMany(words => words.Where(w => MarkerPattern().IsMatch(w))).ToList();
        seen.Count.ShouldBe(300, "every entry is there once, none lost and none repeated at a page break");
        seen.ShouldBe(markers, ignoreOrder: true);
        seen.ShouldBe([.. markers.OrderDescending(StringComparer.Ordinal)], "the newest entry first");

        var texts = SummaryKit.PageTexts(pdf);
        for (var i = 0; i < pages.Count; i++)
        {
            texts[i].ShouldContain("Confidentiel");
            texts[i].ShouldContain($"page {i + 1} / {pages.Count}");
            texts[i].ShouldContain($"par Compte YouthWorker");
            if (pages[i].Any(w => MarkerPattern().IsMatch(w)))
            {
                texts[i].ShouldContain("DateVoletAuteurEntrée", customMessage: $"the table's header on page {i + 1}");
            }
        }

        SummaryKit.Has(string.Concat(texts), "300 entrées, les plus récentes d'abord.").ShouldBeTrue();
        string.Concat(texts).ShouldNotContain("Seules les");
    }

    [Test]
    public async Task Past_the_cap_the_oldest_entries_of_the_period_are_left_out_and_the_document_says_so()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Mamadou", "Diallo", SummaryKit.Today.AddYears(-16), worker);
        var markers = await SummaryKit.EntriesAsync(App, youth, worker, 505);
        using var api = await SummaryKit.ApiAsync(App, worker);

        var pdf = await SummaryKit.PdfOfAsync(await api.GetAsync($"/api/v1/youths/{youth}/summary"));

        var seen = SummaryKit.PageWords(pdf).SelectMany(words => words.Where(w => MarkerPattern().IsMatch(w))).ToList();
        seen.ShouldBe([.. markers.OrderDescending(StringComparer.Ordinal).Take(500)]);
        SummaryKit.Has(SummaryKit.Text(pdf), "Seules les 500 entrées les plus récentes de la période figurent ici").ShouldBeTrue();
    }

    [Test]
    public async Task The_page_answers_the_chosen_tracks_and_period_as_a_download_and_each_generation_is_audited()
    {
        var scene = await SummaryKit.SceneAsync(App);
        using var pages = await SummaryKit.PagesAsync(App, scene.Worker);
        var before = await SummaryKit.AuditCountAsync(App, scene.Youth, scene.Worker);

        using var response = await pages.SubmitAsync($"/Jeunes/{scene.Youth}/Synthese",
            SummaryKit.Form([Track.Legal], SummaryKit.Today.AddDays(-10), SummaryKit.Today));

        var pdf = await SummaryKit.PdfOfAsync(response);
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.ShouldBe($"synthese-{SummaryKit.Iso(SummaryKit.Today)}.pdf");
        var text = SummaryKit.Text(pdf);
        SummaryKit.Has(text, scene.LegalEntry).ShouldBeTrue();
        SummaryKit.Has(text, scene.LegalSituation).ShouldBeTrue();
        SummaryKit.Has(text, scene.LegalDeadline).ShouldBeTrue();
        SummaryKit.Has(text, $"Période du {SummaryKit.Day(SummaryKit.Today.AddDays(-10))} au {SummaryKit.Day(SummaryKit.Today)}").ShouldBeTrue();
        text.ShouldNotContain(scene.HealthEntry, customMessage: "a track not chosen");
        text.ShouldNotContain("PASS", Case.Sensitive, "a track not chosen");
        text.ShouldNotContain(scene.OldLegalEntry, customMessage: "an entry before the period");
        (await SummaryKit.AuditCountAsync(App, scene.Youth, scene.Worker)).ShouldBe(before + 1);
    }

    [Test]
    public async Task Empty_sections_say_so_rather_than_show_a_bare_heading()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Ibrahima", "Camara", null, worker);
        using var api = await SummaryKit.ApiAsync(App, worker);

        var text = SummaryKit.Text(await SummaryKit.PdfOfAsync(await api.GetAsync($"/api/v1/youths/{youth}/summary")));

        text.ShouldContain("Aucune entrée de suivi sur cette période.");
        text.ShouldContain("Aucune échéance ouverte.");
        text.ShouldContain("Aucune situation renseignée.");
        text.ShouldContain("Date de naissanceInconnue");
        text.ShouldContain("Séances tenues sur la période : 0");
        text.ShouldContain("Séances prévues à venir : 0");
    }

    [Test]
    public async Task A_user_of_the_english_interface_gets_the_french_document_all_the_same()
    {
        var scene = await SummaryKit.SceneAsync(App);
        using var api = await SummaryKit.ApiAsync(App, scene.Worker);
        api.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        var text = SummaryKit.Text(await SummaryKit.PdfOfAsync(await api.GetAsync($"/api/v1/youths/{scene.Youth}/summary")));

        SummaryKit.Has(text, "NationalitéGuinée").ShouldBeTrue(text[..200]);
        SummaryKit.Has(text, "Échéances ouvertes").ShouldBeTrue();
        text.ShouldNotContain("Guinea");
    }

    [Test]
    public async Task Bad_input_on_the_page_comes_back_beside_its_field_with_no_file()
    {
        var scene = await SummaryKit.SceneAsync(App);
        using var pages = await SummaryKit.PagesAsync(App, scene.Worker);
        var address = $"/Jeunes/{scene.Youth}/Synthese";
        var today = SummaryKit.Today;
        var cases = new (Dictionary<string, string> Fields, string Field, string Message)[]
        {
            (SummaryKit.Form([Track.Legal], today, today.AddDays(-1)), "au", "La fin de la période doit venir après son début."),
            (SummaryKit.Form([Track.Legal], today.AddYears(-11), today), "au", "Choisissez une période de dix ans au plus."),
            (SummaryKit.Form([Track.Legal], today.AddYears(-11), null), "du", "Choisissez une période de dix ans au plus."),
            (SummaryKit.Form([], today.AddDays(-10), today), "volets", "Cochez au moins un volet."),
            (new Dictionary<string, string> { ["Input.Tracks"] = "Astrologie" }, "volets", "Ce volet n'existe pas."),
            (new Dictionary<string, string> { ["Input.Tracks"] = "Legal", ["Input.From"] = "31/02/2026" }, "du", "Saisissez une date valide (jj/mm/aaaa)."),
        };

        foreach (var (fields, field, message) in cases)
        {
            using var response = await pages.SubmitAsync(address, fields);

            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html", message);
            response.Content.Headers.ContentDisposition.ShouldBeNull();
            (await PageClient.ErrorsOf(response)).ShouldContain(message);
            SummaryKit.ErrorBeside(await PageClient.TextOf(response), field).ShouldBe(message);
        }
    }

    [Test]
    public async Task Bad_input_on_the_api_answers_a_problem_naming_the_field()
    {
        var scene = await SummaryKit.SceneAsync(App);
        using var api = await SummaryKit.ApiAsync(App, scene.Coordinator);
        var today = SummaryKit.Today;

        using var unknown = await api.GetAsync($"/api/v1/youths/{scene.Youth}/summary?tracks=Legal,Astrologie");
        using var numeric = await api.GetAsync($"/api/v1/youths/{scene.Youth}/summary?tracks=4");
        using var reversed = await api.GetAsync($"/api/v1/youths/{scene.Youth}/summary?from={SummaryKit.Iso(today)}&to={SummaryKit.Iso(today.AddDays(-1))}");
        using var tooLong = await api.GetAsync($"/api/v1/youths/{scene.Youth}/summary?from={SummaryKit.Iso(today.AddYears(-12))}");
        using var notADate = await api.GetAsync($"/api/v1/youths/{scene.Youth}/summary?from=hier");
        using var nobody = await api.GetAsync($"/api/v1/youths/{Guid.NewGuid()}/summary");

        (await SummaryKit.ProblemAsync(unknown)).ShouldBe(("Tracks", "Ce volet n'existe pas."));
        (await SummaryKit.ProblemAsync(numeric)).ShouldBe(("Tracks", "Ce volet n'existe pas."));
        (await SummaryKit.ProblemAsync(reversed)).ShouldBe(("To", "La fin de la période doit venir après son début."));
        (await SummaryKit.ProblemAsync(tooLong)).ShouldBe(("From", "Choisissez une période de dix ans au plus."));
        foreach (var query in new[] { "to=0001-03-01", "from=9995-01-01", "from=9990-01-01&to=9999-12-31" })
        {
            using var extreme = await api.GetAsync($"/api/v1/youths/{scene.Youth}/summary?{query}");
            (await SummaryKit.ProblemMessagesAsync(extreme)).ShouldContain("Choisissez une date entre 1900 et 2199.", $"{query}: a French refusal, not a failure");
        }

        notADate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        notADate.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        nobody.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_note_kept_for_oneself_never_goes_into_a_summary_and_a_very_long_entry_flows_over_pages()
    {
        var scene = await SummaryKit.SceneAsync(App);
        var (own, long1, long2) = (SummaryKit.Secret("moiseul"), SummaryKit.Secret("longdebut"), SummaryKit.Secret("longfin"));
        var filler = string.Concat(Enumerable.Repeat("Le jeune explique longuement son parcours, les démarches faites et celles qui restent. ", 40));
        await App.WithServiceAsync<int, RemivDbContext>(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var file = await db.Youths.SingleAsync(y => y.Id == scene.Youth);
            db.FollowUpEntries.Add(FollowUpEntry.Write(file, Guid.NewGuid(), SummaryKit.Today.AddDays(-1), Track.Legal, EntryKind.Conversation,
                $"Mon impression personnelle ({own}).", scene.Worker.Id, null, null, EntryVisibility.AuthorOnly, SummaryKit.Today, now));
            db.FollowUpEntries.Add(FollowUpEntry.Write(file, Guid.NewGuid(), SummaryKit.Today.AddDays(-2), Track.Legal, EntryKind.Conversation,
                $"{long1} {filler[..Math.Min(filler.Length, 3900)]} {long2}", scene.Worker.Id, null, null, EntryVisibility.FollowUpGroup, SummaryKit.Today, now));
            return await db.SaveChangesAsync();
        });
        using var api = await SummaryKit.ApiAsync(App, scene.Worker);

        using var response = await api.GetAsync($"/api/v1/youths/{scene.Youth}/summary?tracks=Legal");

        var text = SummaryKit.Text(await SummaryKit.PdfOfAsync(response));
        text.ShouldNotContain(own, customMessage: "an entry kept for oneself, even by the summary's author");
        SummaryKit.Has(text, long1).ShouldBeTrue("a 4,000-character entry is laid out over pages, its start");
        SummaryKit.Has(text, long2).ShouldBeTrue("and its end");
    }

    [GeneratedRegex("^MARQ[0-9]{4}$")]
    private static partial Regex MarkerPattern();
}

/// <summary>Texts of the summary the tests look for.</summary>
internal static class CaseSummaryText
{
    public const string OwnUse = "Usage personnel de la psychologue — ne pas transmettre";
}

/// <summary>
/// A young person with a full file (names in Ge'ez, aliases in Arabic script and in French with accents; a status step,
/// situations, documents, entries on three tracks, deadlines, sessions and a session note), followed by a youth worker
/// (referent) and a psychologist; a coordinator. Secret words in the psychological track, to look for everywhere.
/// </summary>
internal sealed record SummaryScene(
    TestAccount Coordinator,
    TestAccount Worker,
    TestAccount Psychologist,
    Guid Youth,
    DateOnly BirthDate,
    // Unique words in the texts of: a legal entry of 5 days ago (with a partner), one of 25 days ago, a health entry, the
    // legal situation, a legal deadline.
    string LegalEntry,
    string OldLegalEntry,
    string HealthEntry,
    string LegalSituation,
    string LegalDeadline,
    IReadOnlyList<string> PsychologicalSecrets);

internal static class SummaryKit
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Paris).DateTime);

    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A word found nowhere else.</summary>
    public static string Secret(string stem) => stem + Guid.NewGuid().ToString("N")[..10];

    public static async Task<SummaryScene> SceneAsync(RemivWebFactory app)
    {
        var worker = await app.CreateAccountAsync(Roles.YouthWorker);
        var psychologist = await app.CreateAccountAsync(Roles.Psychologist);
        var coordinator = await app.CreateAccountAsync(Roles.Coordinator);
        var birth = Today.AddYears(-17).AddDays(-40);
        var youth = await app.CreateYouthAsync("ዮሐንስ", "ተስፋይ", birth, worker, psychologist);
        var secrets = new[] { Secret("psyentree"), Secret("psysituation"), Secret("psynote"), Secret("psyecheance") };
        var (legalEntry, oldLegalEntry, healthEntry, legalSituation, legalDeadline) = (Secret("jur"), Secret("ancien"), Secret("sante"), Secret("situ"), Secret("ech"));
        await app.WithServiceAsync<int, RemivDbContext>(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var file = await db.Youths.SingleAsync(y => y.Id == youth);
            file.AddAlias("محمد أحمد", null);
            file.AddAlias("Yohannès Tesfaÿ", "orthographe du récépissé");
            file.RecordStatusChange(YouthStatus.AgeAssessment, Today.AddDays(-20), "86", "Mise à l'abri à Poitiers", worker.Id, Today, now);
            file.SetSituation(Track.Legal, $"Recours déposé devant le juge des enfants ({legalSituation}).", worker.Id, now);
            file.SetSituation(Track.Health, "Suivi à la PASS.", worker.Id, now);
            file.SetSituation(Track.Psychological, $"Sommeil difficile ({secrets[1]}).", psychologist.Id, now);
            db.YouthDocuments.Add(YouthDocument.Record(file, DocumentKind.PassportOrIdCard, DocumentStatus.Obtained, Today.AddDays(200), null, worker.Id, now));
            db.YouthDocuments.Add(YouthDocument.Record(file, DocumentKind.HealthCoverageCard, DocumentStatus.Requested, null, null, worker.Id, now));
            FollowUpEntry Entry(int daysAgo, Track track, string text, TestAccount author, string? partner = null) =>
                FollowUpEntry.Write(file, Guid.NewGuid(), Today.AddDays(-daysAgo), track, EntryKind.Conversation, text, author.Id, partner, null,
                    EntryVisibility.FollowUpGroup, Today, now);
            db.FollowUpEntries.AddRange(
                Entry(25, Track.Legal, $"Premier entretien juridique ({oldLegalEntry}).", worker),
                Entry(5, Track.Legal, $"Rendez-vous chez l'avocate : préparation de l'audience, pièces réunies ({legalEntry}).", worker, "Cabinet Maître Girard"),
                Entry(3, Track.Health, $"Vaccins à jour à la PASS ({healthEntry}).", worker),
                Entry(2, Track.Psychological, $"Séance difficile ({secrets[0]}).", psychologist));

            var room = Room.Create("Salle " + Guid.NewGuid().ToString("N")[..12], null);
            db.Rooms.Add(room);
            var heldAt = new DateTimeOffset(now.UtcDateTime.Date.AddDays(-3).AddHours(9), TimeSpan.Zero);
            var held = Session.Book(youth, psychologist.Id, room.Id, heldAt, heldAt.AddHours(1), SessionKind.FollowUp, null, null, null, psychologist.Id, heldAt.AddDays(-1));
            held.RecordOutcome(SessionStatus.Held, psychologist.Id, held.End);
            var plannedAt = new DateTimeOffset(now.UtcDateTime.Date.AddDays(5).AddHours(9), TimeSpan.Zero);
            db.Sessions.AddRange(held, Session.Book(youth, psychologist.Id, room.Id, plannedAt, plannedAt.AddHours(1), SessionKind.FollowUp, null, null, null, psychologist.Id, now));
            db.SessionNotes.Add(SessionNote.Write(held, psychologist.Id, $"Note de séance ({secrets[2]}).", false, held.End));
            return await db.SaveChangesAsync();
        });
        await app.AsAsync(worker, m => m.Send(new CreateDeadline(youth, null, Track.Legal, DeadlineKind.Appeal, $"Audience devant le juge des enfants ({legalDeadline})", DeadlineEvent.Other,
            Today, Today.AddDays(15), null, null, [7])));
        await app.AsAsync(psychologist, m => m.Send(new CreateDeadline(youth, null, Track.Psychological, DeadlineKind.Appointment, $"Bilan ({secrets[3]})",
            DeadlineEvent.Other, Today, Today.AddDays(10), null, null, [2])));
        return new SummaryScene(coordinator, worker, psychologist, youth, birth, legalEntry, oldLegalEntry, healthEntry, legalSituation, legalDeadline, secrets);
    }

    /// <summary>
    /// <paramref name="count"/> administrative entries over the last 30 days, each with a marker word (MARQ0001 the
    /// oldest … the newest last), written directly; returns the markers.
    /// </summary>
    public static Task<List<string>> EntriesAsync(RemivWebFactory app, Guid youth, TestAccount author, int count) =>
        app.WithServiceAsync<List<string>, RemivDbContext>(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var file = await db.Youths.SingleAsync(y => y.Id == youth);
            var markers = new List<string>();
            for (var i = 1; i <= count; i++)
            {
                var marker = $"MARQ{i:0000}";
                markers.Add(marker);
                var text = $"Entretien {marker} : démarches à la préfecture, récépissé à renouveler."
                           + (i % 7 == 0 ? " Le jeune raconte son parcours en détail ; rendez-vous pris avec l'assistante sociale du département, dossier à compléter." : string.Empty);
                db.FollowUpEntries.Add(FollowUpEntry.Write(file, Guid.NewGuid(), Today.AddDays(-(29 - (i * 29 / count))), Track.Administrative, EntryKind.Paperwork,
                    text, author.Id, null, null, EntryVisibility.FollowUpGroup, Today, now.AddMilliseconds(i)));
            }

            await db.SaveChangesAsync();
            return markers;
        });

    public static async Task<PageClient> ApiAsync(RemivWebFactory app, TestAccount account)
    {
        var client = app.CreatePageClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(client, account));
        return client;
    }

    public static async Task<PageClient> PagesAsync(RemivWebFactory app, TestAccount account)
    {
        var client = app.CreatePageClient();
        await client.SignInAsync(account);
        return client;
    }

    /// <summary>The summary form's fields.</summary>
    public static Dictionary<string, string> Form(IEnumerable<Track> tracks, DateOnly? from = null, DateOnly? to = null)
    {
        var fields = new Dictionary<string, string>();
        var list = tracks.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            fields[$"Input.Tracks[{i}]"] = list[i].ToString();
        }

        fields["Input.From"] = from is { } f ? Iso(f) : string.Empty;
        fields["Input.To"] = to is { } t ? Iso(t) : string.Empty;
        return fields;
    }

    /// <summary>The PDF of a successful answer (checked: status, content type, structure).</summary>
    public static async Task<byte[]> PdfOfAsync(HttpResponseMessage response)
    {
        using (response)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
            return bytes;
        }
    }

    /// <summary>Each page's letters in the order drawn (spaces included, no line breaks).</summary>
    public static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value)))];
    }

    public static string Text(byte[] pdf) => string.Join('\n', PageTexts(pdf));

    /// <summary>Whether the text holds the phrase, whatever the line breaks (a wrapped line's spaces are not drawn).</summary>
    public static bool Has(string text, string phrase) => Flat(text).Contains(Flat(phrase), StringComparison.Ordinal);

    /// <summary>Every word of the document, NFKC-normalised (Arabic presentation forms back to letters), punctuation around it removed.</summary>
    public static List<string> Words(byte[] pdf) =>
        [.. PageWords(pdf).SelectMany(w => w).Select(w => w.Normalize(NormalizationForm.FormKC).Trim(',', '.', ';', ':', '(', ')', '«', '»'))];

    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public static List<List<string>> PageWords(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => p.GetWords().Select(w => w.Text).ToList())];
    }

    /// <summary>How many summaries of this young person the audit log holds by this person.</summary>
    public static Task<int> AuditCountAsync(RemivWebFactory app, Guid youth, TestAccount actor) =>
        app.WithServiceAsync<int, RemivDbContext>(db => db.AuditEntries.CountAsync(a =>
            a.Action == "youth.summary-generated" && a.TargetType == "Youth" && a.TargetId == youth.ToString() && a.ActorId == actor.Id));

    /// <summary>The only field and message of a 400 ProblemDetails.</summary>
    public static async Task<(string Field, string Message)> ProblemAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().ToList();
        errors.Count.ShouldBe(1, await response.Content.ReadAsStringAsync());
        return (errors[0].Name, errors[0].Value.EnumerateArray().Single().GetString()!);
    }

    public static async Task<List<string?>> ProblemMessagesAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject()
            .SelectMany(e => e.Value.EnumerateArray().Select(m => m.GetString()))];
    }

    /// <summary>
    /// The message shown beside a field: "du" and "au" (the period's inputs) or "volets" (the tracks' fieldset), i.e. the
    /// first error span after the input (or the checkboxes).
    /// </summary>
    public static string? ErrorBeside(string html, string field)
    {
        var start = field switch
        {
            "du" => html.IndexOf("id=\"du\"", StringComparison.Ordinal),
            "au" => html.IndexOf("id=\"au\"", StringComparison.Ordinal),
            _ => html.IndexOf("name=\"Input.Tracks\"", StringComparison.Ordinal),
        };
        start.ShouldBeGreaterThanOrEqualTo(0, $"the field {field} is on the page");
        var error = Regex.Match(html[start..], "<span class=\"error\">(.*?)</span>", RegexOptions.Singleline);
        return error.Success && error.Groups[1].Value.Trim().Length > 0 ? error.Groups[1].Value.Trim() : null;
    }
}

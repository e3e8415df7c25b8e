using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The deadline pages through the real pipeline and database: who sees which deadlines, creating one from a preset
/// ("Calculer la date", then saving), refusals in French that leave nothing saved, closing and reopening, stale edits,
/// the presets, and the deadlines section of a young person's file. The fixture's database is shared: every test uses
/// titles and names of its own.
/// </summary>
public sealed partial class DeadlinePagesTests(string provider) : FunctionalFixture(provider)
{
    private const string JudgeAppeal = "Appel de la décision du juge des enfants";
    private const string OqtfAppeal = "Recours contre l'OQTF";

    /// <summary>The hub's day (Europe/Paris), as the application counts it.</summary>
    private static DateOnly Today =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);

    [Test]
    public async Task A_coordinator_switches_to_every_deadline_and_keeps_those_of_one_person()
    {
        var first = await App.CreateAccountAsync(Roles.YouthWorker);
        var second = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Alpha", "Barry", new DateOnly(2009, 1, 1), first, second);
        using var firstClient = await SignedInAsync(first);
        using var secondClient = await SignedInAsync(second);
        await CreateAsync(firstClient, youth, ByHand(youth, "Legal", "Rendez-vous avocate Barry", Today, Today.AddDays(20)));
        await CreateAsync(secondClient, youth, ByHand(youth, "Social", "Dossier CAF Barry", Today, Today.AddDays(3), responsible: second.Id));
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        using var client = await SignedInAsync(coordinator);

        var mine = await client.GetPageAsync("/Echeances");
        mine.ShouldContain("<h1>Mes échéances</h1>");
        mine.ShouldContain("href=\"/Echeances?vue=toutes\"", customMessage: "coordinators switch to the overview");
        mine.ShouldContain("Vous n'avez aucune échéance ouverte.");

        var all = await client.GetPageAsync("/Echeances?vue=toutes");
        all.ShouldContain("<h1>Toutes les échéances</h1>");
        all.ShouldContain("Rendez-vous avocate Barry");
        all.ShouldContain("Dossier CAF Barry");
        all.ShouldContain("Alpha Barry");
        all.ShouldContain(DayOf(Today.AddDays(3)), customMessage: "dates are written dd/MM/yyyy");
        all.ShouldContain("Cette semaine");
        all.ShouldContain("Plus tard");

        var filtered = await client.GetPageAsync($"/Echeances?vue=toutes&responsable={second.Id}");
        filtered.ShouldContain("Dossier CAF Barry");
        filtered.ShouldNotContain("Rendez-vous avocate Barry");
        filtered.ShouldContain($"<option value=\"{second.Id}\" selected=\"selected\">");
    }

    [Test]
    public async Task A_youth_worker_sees_only_the_deadlines_they_answer_for_and_is_refused_the_overview()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var colleague = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Boubacar", "Sow", new DateOnly(2009, 2, 2), worker, colleague);
        using var client = await SignedInAsync(worker);
        using var colleagueClient = await SignedInAsync(colleague);
        await CreateAsync(client, youth, ByHand(youth, "Legal", "Audience Sow", Today.AddDays(-10), Today.AddDays(-1)));
        await CreateAsync(colleagueClient, youth, ByHand(youth, "Housing", "Visite foyer Sow", Today, Today.AddDays(30), responsible: colleague.Id));

        var mine = await client.GetPageAsync("/Echeances");

        mine.ShouldContain("Audience Sow");
        mine.ShouldContain("En retard");
        mine.ShouldContain("class=\"soon\"", customMessage: "an overdue deadline is shown in red");
        mine.ShouldNotContain("Visite foyer Sow");
        mine.ShouldNotContain("vue=toutes", customMessage: "no switch to the overview");
        using var overview = await client.GetAsync("/Echeances?vue=toutes");
        overview.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PageClient.TextOf(overview)).ShouldContain("Accès refusé");
        (await colleagueClient.GetPageAsync("/Echeances")).ShouldContain("Visite foyer Sow");
    }

    [Test]
    public async Task A_psychologist_sees_the_psychological_deadlines_only()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var youth = await App.CreateYouthAsync("Daouda", "Sangaré", new DateOnly(2008, 12, 12), worker, psychologist);
        using var workerClient = await SignedInAsync(worker);
        using var client = await SignedInAsync(psychologist);
        var legal = await CreateAsync(workerClient, youth, ByHand(youth, "Legal", "Convocation tribunal Sangaré", Today, Today.AddDays(5)));

        var form = await client.GetPageAsync($"/Echeances/Nouvelle?jeune={youth}");
        form.ShouldNotContain(JudgeAppeal, customMessage: "no preset of a track the psychologist may not write");
        form.ShouldContain($"<option value=\"{psychologist.Id}\" selected=\"selected\">", customMessage: "the referent cannot see this track: the psychologist answers for it");
        var session = await CreateAsync(client, youth, ByHand(youth, "Psychological", "Bilan avec interprète Sangaré", Today, Today.AddDays(6), responsible: psychologist.Id));

        var mine = await client.GetPageAsync("/Echeances");
        mine.ShouldContain("Bilan avec interprète Sangaré");
        mine.ShouldNotContain("Convocation tribunal Sangaré");
        var file = await client.GetPageAsync($"/Jeunes/{youth}");
        Section(file, "echeances").ShouldContain("Bilan avec interprète Sangaré");
        Section(file, "echeances").ShouldNotContain("Convocation tribunal Sangaré");
        using var hidden = await client.GetAsync($"/Echeances/{legal}");
        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var workerFile = await workerClient.GetPageAsync($"/Jeunes/{youth}");
        Section(workerFile, "echeances").ShouldContain("Convocation tribunal Sangaré");
        Section(workerFile, "echeances").ShouldNotContain("Bilan avec interprète Sangaré");
        using var secret = await workerClient.GetAsync($"/Echeances/{session}");
        secret.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task An_administrator_gets_403_on_every_deadline_page()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Cheick", "Diarra", new DateOnly(2009, 3, 3), worker);
        using var workerClient = await SignedInAsync(worker);
        var deadline = await CreateAsync(workerClient, youth, ByHand(youth, "Social", "Inscription Diarra", Today, Today.AddDays(9)));
        var preset = await PresetIdAsync(JudgeAppeal);
        using var client = await SignedInAsync(await App.CreateAccountAsync(Roles.Admin));

        foreach (var page in new[]
                 {
                     "/Echeances", "/Echeances?vue=toutes", $"/Echeances/{deadline}", $"/Echeances/{deadline}/Modifier",
                     $"/Echeances/Nouvelle?jeune={youth}", "/Echeances/Modeles", "/Echeances/Modeles/Modifier", $"/Echeances/Modeles/Modifier/{preset}",
                 })
        {
            using var response = await client.GetAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, page);
            (await PageClient.TextOf(response)).ShouldNotContain("Inscription Diarra");
        }
    }

    [Test]
    public async Task An_unknown_or_missing_id_gives_the_404_page_never_an_error()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Ansoumane", "Kaba", new DateOnly(2009, 6, 1), worker);
        using var client = await SignedInAsync(worker);
        using var coordination = await SignedInAsync(await App.CreateAccountAsync(Roles.Coordinator));
        var unknown = Guid.NewGuid();

        foreach (var (who, page) in new[]
                 {
                     (client, $"/Echeances/{unknown}"), (client, $"/Echeances/{unknown}/Modifier"), (client, $"/Echeances/Nouvelle?jeune={unknown}"),
                     (client, "/Echeances/Nouvelle"), (client, "/Echeances/Nouvelle?jeune=pas-un-identifiant"),
                     (coordination, $"/Echeances/Modeles/Modifier/{unknown}"),
                 })
        {
            using var response = await who.GetAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, page);
        }

        using var close = await client.SubmitAsync($"/Echeances/Nouvelle?jeune={youth}", new Dictionary<string, string>
        {
            ["Input.ExpectedVersion"] = "0", ["Input.Outcome"] = "Done", ["Input.Note"] = string.Empty,
        }, $"/Echeances/{unknown}?handler=Close");
        close.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [TestCase("/Echeances")]
    [TestCase("/Echeances/Nouvelle")]
    [TestCase("/Echeances/Modeles")]
    [TestCase("/Echeances/Modeles/Modifier")]
    [TestCase("/Echeances/3f2c8f4e-51b9-4bb0-9a3e-6f3f0c1d2e4a")]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page(string page)
    {
        using var client = App.CreatePageClient();

        using var response = await client.GetAsync(page);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
    }

    [Test]
    public async Task Calculer_la_date_shows_the_computed_date_and_the_saved_deadline_its_legal_basis()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Ibrahim", "Touré", new DateOnly(2009, 4, 4), worker);
        using var client = await SignedInAsync(worker);
        var notified = Today.AddDays(-3);
        var due = notified.AddDays(15);
        var fields = await FromPresetAsync(youth, JudgeAppeal, notified);

        using var calculated = await client.SubmitAsync($"/Echeances/Nouvelle?jeune={youth}", fields, "/Echeances/Nouvelle?handler=Calculer");

        calculated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var form = await PageClient.TextOf(calculated);
        form.ShouldContain($"Date calculée par le modèle : {DayOf(due)}");
        Regex.IsMatch(DayOf(due), @"^\d{2}/\d{2}/\d{4}$").ShouldBeTrue("dd/MM/yyyy");
        InputValue(form, "Input.DueDate").ShouldBe(Iso(due), "the computed date is put in the field, to keep or change");
        InputValue(form, "Input.Title").ShouldBe(JudgeAppeal);
        InputValue(form, "Input.ReminderDays").ShouldBe("7, 3, 1, 0");
        (await DeadlineCountAsync(youth)).ShouldBe(0, "calculating saves nothing");

        fields["Input.DueDate"] = InputValue(form, "Input.DueDate");
        fields["Input.Title"] = InputValue(form, "Input.Title");
        fields["Input.ReminderDays"] = InputValue(form, "Input.ReminderDays");
        using var saved = await client.SubmitAsync($"/Echeances/Nouvelle?jeune={youth}", fields);

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(saved));
        var id = DeadlineIdIn(saved);
        var detail = await client.GetPageAsync($"/Echeances/{id}");
        detail.ShouldContain("L'échéance est enregistrée.");
        detail.ShouldContain(JudgeAppeal);
        detail.ShouldContain("Ibrahim Touré");
        detail.ShouldContain("Base légale");
        detail.ShouldContain("Code de procédure civile, art. 1191 : appel dans les 15 jours de la notification.");
        detail.ShouldContain(DayOf(due));
        detail.ShouldContain(DayOf(notified));
        detail.ShouldContain("Notification de la décision du juge des enfants");
        detail.ShouldContain("Calculée par le modèle");
        detail.ShouldContain("7 jours avant, 3 jours avant, la veille, le jour même");
        detail.ShouldContain("Compte YouthWorker", customMessage: "the referent answers for it");
        detail.ShouldNotContain("Délai à confirmer avec un avocat");
        var stored = await App.WithServiceAsync<Deadline, RemivDbContext>(db => db.Deadlines.AsNoTracking().SingleAsync(d => d.Id == id));
        stored.DueDate.ShouldBe(due);
        stored.DueDateOverridden.ShouldBeFalse();
        stored.ResponsibleUserId.ShouldBeNull("the referent (preselected) answers for it, and a new referent would take it over");
        (await client.GetPageAsync("/Echeances")).ShouldContain($"href=\"/Echeances/{id}\"");
    }

    [Test]
    public async Task A_date_chosen_by_hand_is_kept_and_shown_beside_the_computed_one()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Moussa", "Camara", new DateOnly(2009, 5, 5), worker);
        using var client = await SignedInAsync(worker);
        var notified = Today.AddDays(-2);
        var fields = await FromPresetAsync(youth, JudgeAppeal, notified);
        fields["Input.DueDate"] = Iso(notified.AddDays(10));
        fields["Input.DueTime"] = "14:30";

        var id = await CreateAsync(client, youth, fields);

        var detail = await client.GetPageAsync($"/Echeances/{id}");
        detail.ShouldContain($"{DayOf(notified.AddDays(10))} à 14:30");
        detail.ShouldContain($"Choisie à la main (le modèle calcule le {DayOf(notified.AddDays(15))})");
        var stored = await App.WithServiceAsync<Deadline, RemivDbContext>(db => db.Deadlines.AsNoTracking().SingleAsync(d => d.Id == id));
        stored.DueDate.ShouldBe(notified.AddDays(10));
        stored.DueDateOverridden.ShouldBeTrue();

        var form = await client.GetPageAsync($"/Echeances/{id}/Modifier");
        form.ShouldContain($"formaction=\"/Echeances/{id}/Modifier?handler=Calculer\"");
        var change = Edit(form, JudgeAppeal, notified.AddDays(10));
        change["Input.PresetId"] = stored.PresetId!.Value.ToString();
        change["Input.EventDate"] = Iso(notified.AddDays(1));
        change["Input.Kind"] = "Appeal";
        change["Input.StartEvent"] = "JuvenileJudgeDecisionNotified";
        form.ShouldContain("<option value=\"JuvenileJudgeDecisionNotified\" selected=\"selected\">", customMessage: "the form shows the deadline as it is");
        using var recalculated = await client.SubmitAsync($"/Echeances/{id}/Modifier", change, $"/Echeances/{id}/Modifier?handler=Calculer");
        var recalculatedForm = await PageClient.TextOf(recalculated);
        recalculatedForm.ShouldContain($"Date calculée par le modèle : {DayOf(notified.AddDays(16))}");
        change["Input.DueDate"] = InputValue(recalculatedForm, "Input.DueDate");
        using var saved = await client.SubmitAsync($"/Echeances/{id}/Modifier", change);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(saved));
        var moved = await App.WithServiceAsync<Deadline, RemivDbContext>(db => db.Deadlines.AsNoTracking().SingleAsync(d => d.Id == id));
        moved.DueDate.ShouldBe(notified.AddDays(16));
        moved.DueDateOverridden.ShouldBeFalse("the date is the preset's again");
        (await client.GetPageAsync($"/Echeances/{id}")).ShouldContain("Calculée par le modèle");
    }

    [Test]
    public async Task The_oqtf_preset_warns_that_the_delay_must_be_confirmed_with_a_lawyer()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Mamadou", "Baldé", new DateOnly(2007, 6, 6), worker);
        using var client = await SignedInAsync(worker);
        var form = await client.GetPageAsync($"/Echeances/Nouvelle?jeune={youth}");
        form.ShouldContain($">{OqtfAppeal} (à confirmer)</option>", customMessage: "the preset is flagged in the list");
        form.ShouldContain($">{JudgeAppeal}</option>");
        var fields = await FromPresetAsync(youth, OqtfAppeal, Today);

        using var calculated = await client.SubmitAsync($"/Echeances/Nouvelle?jeune={youth}", fields, "/Echeances/Nouvelle?handler=Calculer");

        var page = await PageClient.TextOf(calculated);
        page.ShouldContain("Délai à confirmer avec un avocat");
        page.ShouldContain($"Date calculée par le modèle : {DayOf(Today.AddDays(30))}");
        var id = await CreateAsync(client, youth, fields);
        var detail = await client.GetPageAsync($"/Echeances/{id}");
        detail.ShouldContain("Délai à confirmer avec un avocat");
        detail.ShouldContain("À confirmer avec un avocat : corrigez la date si le délai est plus court.");
    }

    [TestCase("", "", "7, 2, 0", "Indiquez la date de l'événement.", "EventDate")]
    [TestCase("-3", "-5", "", "L'échéance ne peut pas précéder l'événement dont elle découle. Vérifiez les deux dates.", "DueDate")]
    [TestCase("-3", "", "7, abc", "Écrivez les rappels en nombres de jours séparés par des virgules, par exemple : 7, 2, 0.", "ReminderDays")]
    [TestCase("-3", "", "7, 400", "Un rappel se place entre 0 et 365 jours avant l'échéance.", "ReminderDays")]
    public async Task Bad_input_is_refused_in_french_beside_its_field_and_nothing_is_saved(
        string eventDay, string dueDay, string reminders, string expected, string field)
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Souleymane", "Diakité", new DateOnly(2009, 7, 7), worker);
        using var client = await SignedInAsync(worker);
        var fields = await FromPresetAsync(youth, JudgeAppeal, Today);
        fields["Input.EventDate"] = eventDay.Length == 0 ? string.Empty : Iso(Today.AddDays(int.Parse(eventDay, CultureInfo.InvariantCulture)));
        fields["Input.DueDate"] = dueDay.Length == 0 ? string.Empty : Iso(Today.AddDays(int.Parse(dueDay, CultureInfo.InvariantCulture)));
        fields["Input.ReminderDays"] = reminders;
        fields["Input.Title"] = "Titre gardé après le refus";

        using var response = await client.SubmitAsync($"/Echeances/Nouvelle?jeune={youth}", fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(response)).ShouldContain(expected);
        var page = await PageClient.TextOf(response);
        FieldError(page, field).ShouldContain(expected);
        InputValue(page, "Input.Title").ShouldBe("Titre gardé après le refus", "what was typed is kept");
        (await DeadlineCountAsync(youth)).ShouldBe(0);
    }

    [Test]
    public async Task A_deadline_for_an_archived_file_is_refused_and_nothing_is_saved()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var identity = new YouthIdentity("Lansana", "Kouyaté", new DateOnly(2007, 8, 8), BirthDateStanding.Declared, Sex.Male, "GN", ["ff"],
                InterpreterNeeded: false, Phone: null, ArrivalInFrance: Today.AddDays(-300), ReferredBy: null, Accommodation: null);
            var file = Youth.Register(identity, Today.AddDays(-200), worker.Id, Today, DateTimeOffset.UtcNow);
            file.Archive(Today, ExitReason.MovedAway, "Départ de la Vienne", worker.Id, Today, DateTimeOffset.UtcNow);
            db.Youths.Add(file);
            await db.SaveChangesAsync();
            return file.Id;
        });
        using var client = await SignedInAsync(worker);

        var form = await client.GetPageAsync($"/Echeances/Nouvelle?jeune={youth}");
        form.ShouldContain("Ce dossier est archivé : on ne peut plus y ajouter d'échéance.");
        form.ShouldNotContain("name=\"Input.EventDate\"");
        Section(await client.GetPageAsync($"/Jeunes/{youth}"), "echeances").ShouldNotContain("Ajouter une échéance");

        using var response = await client.SubmitAsync($"/Echeances/Nouvelle?jeune={youth}", await FromPresetAsync(youth, JudgeAppeal, Today));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(response)).ShouldContain("Ce dossier est archivé : il ne peut plus être modifié.");
        (await DeadlineCountAsync(youth)).ShouldBe(0);
    }

    [Test]
    public async Task A_deadline_is_closed_with_a_note_when_cancelled_and_reopened()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Kader", "Fofana", new DateOnly(2009, 9, 9), worker);
        using var client = await SignedInAsync(worker);
        var id = await CreateAsync(client, youth, ByHand(youth, "Administrative", "Préfecture Fofana", Today, Today.AddDays(12)));

        using var withoutNote = await CloseAsync(client, id, "Cancelled", " ");
        withoutNote.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(withoutNote)).ShouldContain("Expliquez en une phrase pourquoi l'échéance est annulée ou manquée.");
        FieldError(await PageClient.TextOf(withoutNote), "Note").ShouldContain("Expliquez en une phrase");
        (await StatusAsync(id)).ShouldBe(DeadlineStatus.Open);

        using var done = await CloseAsync(client, id, "Done", "Dossier déposé au guichet.");
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(done));
        done.Headers.Location!.OriginalString.ShouldBe($"/Echeances/{id}");
        var closed = await client.GetPageAsync($"/Echeances/{id}");
        closed.ShouldContain("L'échéance est close.");
        closed.ShouldContain("Faite");
        closed.ShouldContain("Dossier déposé au guichet.");
        closed.ShouldContain("Rouvrir l'échéance");
        (await StatusAsync(id)).ShouldBe(DeadlineStatus.Done);
        (await client.GetPageAsync("/Echeances")).ShouldNotContain("Préfecture Fofana");
        var file = await client.GetPageAsync($"/Jeunes/{youth}");
        Section(file, "echeances").ShouldNotContain("Préfecture Fofana");
        var history = Section(file, "historique");
        history.ShouldContain("Échéance close : Faite");
        history.ShouldContain($"href=\"/Echeances/{id}\"");
        history.ShouldContain("Dossier déposé au guichet.");
        Section(await client.GetPageAsync($"/Jeunes/{youth}?echeances=toutes"), "echeances").ShouldContain("Préfecture Fofana");

        using var reopened = await client.SubmitAsync($"/Echeances/{id}", new Dictionary<string, string>
        {
            ["Input.ExpectedVersion"] = ExpectedVersionIn(closed),
        }, $"/Echeances/{id}?handler=Reopen");
        reopened.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(reopened));
        (await client.GetPageAsync($"/Echeances/{id}")).ShouldContain("L'échéance est rouverte.");
        (await StatusAsync(id)).ShouldBe(DeadlineStatus.Open);
        (await client.GetPageAsync("/Echeances")).ShouldContain("Préfecture Fofana");
    }

    [Test]
    public async Task A_stale_edit_is_refused_with_the_conflict_notice_and_keeps_what_was_typed()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Sekou", "Condé", new DateOnly(2009, 10, 10), worker);
        using var first = await SignedInAsync(worker);
        using var second = await SignedInAsync(await App.CreateAccountAsync(Roles.Coordinator));
        var id = await CreateAsync(first, youth, ByHand(youth, "Legal", "Rendez-vous CIMADE Condé", Today, Today.AddDays(15)));
        var firstForm = await first.GetPageAsync($"/Echeances/{id}/Modifier");
        var secondForm = await second.GetPageAsync($"/Echeances/{id}/Modifier");
        InputValue(firstForm, "Input.Title").ShouldBe("Rendez-vous CIMADE Condé");

        using var saved = await first.SubmitAsync($"/Echeances/{id}/Modifier", Edit(firstForm, "Rendez-vous CIMADE Condé (avancé)", Today.AddDays(10)));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(saved));
        (await first.GetPageAsync($"/Echeances/{id}")).ShouldContain("L'échéance est modifiée.");
        using var stale = await second.SubmitAsync($"/Echeances/{id}/Modifier", Edit(secondForm, "Rendez-vous CIMADE reporté", Today.AddDays(20)));

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(stale)).ShouldContain("Cet élément a été modifié par quelqu'un d'autre entre-temps.");
        var page = await PageClient.TextOf(stale);
        var conflict = Section(page, "conflict", byClass: true);
        conflict.ShouldContain("Rendez-vous CIMADE reporté", customMessage: "the second person's typing is not lost");
        conflict.ShouldContain(DayOf(Today.AddDays(20)));
        InputValue(page, "Input.Title").ShouldBe("Rendez-vous CIMADE Condé (avancé)", "the form now shows the current version");
        var stored = await App.WithServiceAsync<Deadline, RemivDbContext>(db => db.Deadlines.AsNoTracking().SingleAsync(d => d.Id == id));
        stored.Title.ShouldBe("Rendez-vous CIMADE Condé (avancé)");
        stored.DueDate.ShouldBe(Today.AddDays(10));
    }

    [Test]
    public async Task A_coordinator_adds_a_preset_then_changes_its_offset_and_an_absurd_offset_is_refused()
    {
        using var client = await SignedInAsync(await App.CreateAccountAsync(Roles.Coordinator));
        var name = "Convocation préfecture " + Guid.NewGuid().ToString("N")[..6];
        var list = await client.GetPageAsync("/Echeances/Modeles");
        list.ShouldContain("href=\"/Echeances/Modeles/Modifier\"");

        using var created = await client.SubmitAsync("/Echeances/Modeles/Modifier", Preset(name, "10", version: null));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(created));
        created.Headers.Location!.OriginalString.ShouldBe("/Echeances/Modeles");
        var id = await PresetIdAsync(name);
        var form = await client.GetPageAsync($"/Echeances/Modeles/Modifier/{id}");
        InputValue(form, "Input.OffsetAmount").ShouldBe("10");

        using var changed = await client.SubmitAsync($"/Echeances/Modeles/Modifier/{id}", Preset(name, "20", ExpectedVersionIn(form)));
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(changed));
        var after = await client.GetPageAsync("/Echeances/Modeles");
        after.ShouldContain("Le modèle est enregistré.");
        PresetCard(after, name).ShouldContain("20 jours après l'événement");
        PresetCard(after, name).ShouldContain("Article de test, alinéa 2.");

        var again = await client.GetPageAsync($"/Echeances/Modeles/Modifier/{id}");
        using var absurd = await client.SubmitAsync($"/Echeances/Modeles/Modifier/{id}", Preset(name, "900", ExpectedVersionIn(again)));
        absurd.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(absurd)).ShouldContain("Le délai doit être compris entre 0 et 730 jours.");
        FieldError(await PageClient.TextOf(absurd), "OffsetAmount").ShouldContain("Le délai doit être compris entre 0 et 730 jours.");
        var stored = await App.WithServiceAsync<int, RemivDbContext>(db => db.DeadlinePresets.Where(p => p.Id == id).Select(p => p.OffsetAmount).SingleAsync());
        stored.ShouldBe(20);

        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Yaya", "Cissé", new DateOnly(2009, 11, 11), worker);
        using var workerClient = await SignedInAsync(worker);
        using var calculated = await workerClient.SubmitAsync(
            $"/Echeances/Nouvelle?jeune={youth}", await FromPresetAsync(youth, name, Today), "/Echeances/Nouvelle?handler=Calculer");
        (await PageClient.TextOf(calculated)).ShouldContain($"Date calculée par le modèle : {DayOf(Today.AddDays(20))}", customMessage: "the new offset applies");
    }

    [Test]
    public async Task A_youth_worker_reads_the_presets_and_their_legal_bases_but_cannot_change_them()
    {
        using var client = await SignedInAsync(await App.CreateAccountAsync(Roles.YouthWorker));
        var preset = await PresetIdAsync(JudgeAppeal);

        var list = await client.GetPageAsync("/Echeances/Modeles");

        list.ShouldContain(JudgeAppeal);
        list.ShouldContain("Code de procédure civile, art. 1191");
        list.ShouldContain("15 jours après l'événement");
        list.ShouldNotContain("/Echeances/Modeles/Modifier");
        foreach (var page in new[] { "/Echeances/Modeles/Modifier", $"/Echeances/Modeles/Modifier/{preset}" })
        {
            using var response = await client.GetAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, page);
        }
    }

    [Test]
    public async Task A_young_person_registered_at_16_years_and_10_months_gets_the_majority_interview_in_their_file()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = await SignedInAsync(worker);
        var birth = Today.AddYears(-16).AddMonths(-10);

        using var registered = await client.SubmitAsync("/Jeunes/Nouveau", Registration("Thierno", "Bah-Échéance", birth));

        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(registered));
        var address = registered.Headers.Location!.OriginalString;
        var file = await client.GetPageAsync(address);
        var section = Section(file, "echeances");
        section.ShouldContain("Entretien de préparation à la majorité");
        section.ShouldContain(DayOf(birth.AddYears(17)));
        section.ShouldContain("Automatique");
        section.ShouldNotContain("Thierno", customMessage: "the file already says whose deadlines they are");
        section.ShouldContain($"href=\"/Echeances/Nouvelle?jeune={address["/Jeunes/".Length..]}\"", customMessage: "Ajouter une échéance");
        file.ShouldContain("href=\"#echeances\"");
        var mine = await client.GetPageAsync("/Echeances");
        mine.ShouldContain("Entretien de préparation à la majorité");
        mine.ShouldContain("Thierno Bah-Échéance");
        var id = Regex.Match(section, "href=\"/Echeances/([0-9a-f-]{36})\"").Groups[1].Value;
        var detail = await client.GetPageAsync($"/Echeances/{id}");
        detail.ShouldContain("Automatique : anniversaire des 17 ans");
        detail.ShouldContain("CASF L222-5-1");
    }

    private async Task<PageClient> SignedInAsync(TestAccount account)
    {
        var client = App.CreatePageClient();
        await client.SignInAsync(account);
        return client;
    }

    private static async Task<Guid> CreateAsync(PageClient client, Guid youth, Dictionary<string, string> fields)
    {
        using var response = await client.SubmitAsync($"/Echeances/Nouvelle?jeune={youth}", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(response));
        return DeadlineIdIn(response);
    }

    private static async Task<HttpResponseMessage> CloseAsync(PageClient client, Guid id, string outcome, string note)
    {
        var detail = await client.GetPageAsync($"/Echeances/{id}");
        return await client.SubmitAsync($"/Echeances/{id}", new Dictionary<string, string>
        {
            ["Input.ExpectedVersion"] = ExpectedVersionIn(detail),
            ["Input.Outcome"] = outcome,
            ["Input.Note"] = note,
        }, $"/Echeances/{id}?handler=Close");
    }

    private async Task<Dictionary<string, string>> FromPresetAsync(Guid youth, string preset, DateOnly eventDate) => new()
    {
        ["Input.YouthId"] = youth.ToString(),
        ["Input.PresetId"] = (await PresetIdAsync(preset)).ToString(),
        ["Input.EventDate"] = Iso(eventDate),
        ["Input.DueDate"] = string.Empty,
        ["Input.DueTime"] = string.Empty,
        ["Input.Title"] = string.Empty,
        ["Input.Track"] = string.Empty,
        ["Input.Kind"] = string.Empty,
        ["Input.StartEvent"] = string.Empty,
        ["Input.ResponsibleUserId"] = string.Empty,
        ["Input.ReminderDays"] = string.Empty,
    };

    /// <summary>A deadline without a preset; the referent answers for it unless someone else is named.</summary>
    private static Dictionary<string, string> ByHand(Guid youth, string track, string title, DateOnly eventDate, DateOnly due, Guid? responsible = null) => new()
    {
        ["Input.YouthId"] = youth.ToString(),
        ["Input.PresetId"] = string.Empty,
        ["Input.EventDate"] = Iso(eventDate),
        ["Input.DueDate"] = Iso(due),
        ["Input.DueTime"] = string.Empty,
        ["Input.Title"] = title,
        ["Input.Track"] = track,
        ["Input.Kind"] = "Appointment",
        ["Input.StartEvent"] = "Other",
        ["Input.ResponsibleUserId"] = responsible?.ToString() ?? string.Empty,
        ["Input.ReminderDays"] = "7, 2, 0",
    };

    /// <summary>The change form sent back as the page filled it, with another title and date.</summary>
    private static Dictionary<string, string> Edit(string form, string title, DateOnly due) => new()
    {
        ["Input.ExpectedVersion"] = ExpectedVersionIn(form),
        ["Input.EventDate"] = InputValue(form, "Input.EventDate"),
        ["Input.DueDate"] = Iso(due),
        ["Input.DueTime"] = string.Empty,
        ["Input.Title"] = title,
        ["Input.Track"] = "Legal",
        ["Input.Kind"] = "Appointment",
        ["Input.StartEvent"] = "Other",
        ["Input.ResponsibleUserId"] = string.Empty,
        ["Input.ReminderDays"] = InputValue(form, "Input.ReminderDays"),
    };

    private static Dictionary<string, string> Preset(string name, string offset, string? version)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Track"] = "Administrative",
            ["Input.Kind"] = "Appointment",
            ["Input.StartEvent"] = "Other",
            ["Input.OffsetAmount"] = offset,
            ["Input.OffsetUnit"] = "Days",
            ["Input.OffsetDirection"] = "After",
            ["Input.ReminderDays"] = "3, 0",
            ["Input.LegalBasis"] = "Article de test, alinéa 2.",
            ["Input.IsActive"] = "true",
        };
        if (version is not null)
        {
            fields["Input.ExpectedVersion"] = version;
        }

        return fields;
    }

    private static Dictionary<string, string> Registration(string firstName, string lastName, DateOnly birthDate) => new()
    {
        ["Input.FirstName"] = firstName,
        ["Input.LastName"] = lastName,
        ["Input.BirthDate"] = Iso(birthDate),
        ["Input.BirthDateStanding"] = "Declared",
        ["Input.Sex"] = "Male",
        ["Input.Nationality"] = "GN",
        ["Input.Languages"] = "ff",
        ["Input.OtherLanguages"] = string.Empty,
        ["Input.ArrivalInFrance"] = Iso(Today.AddDays(-90)),
        ["Input.ReferredBy"] = "Maraude de la gare",
        ["Input.Accommodation"] = "Hôtel 115",
    };

    private Task<Guid> PresetIdAsync(string name) =>
        App.WithServiceAsync<Guid, RemivDbContext>(db => db.DeadlinePresets.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    private Task<int> DeadlineCountAsync(Guid youth) =>
        App.WithServiceAsync<int, RemivDbContext>(db => db.Deadlines.CountAsync(d => d.YouthId == youth));

    private Task<DeadlineStatus> StatusAsync(Guid id) =>
        App.WithServiceAsync<DeadlineStatus, RemivDbContext>(db => db.Deadlines.Where(d => d.Id == id).Select(d => d.Status).SingleAsync());

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string DayOf(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static Guid DeadlineIdIn(HttpResponseMessage response)
    {
        var match = DeadlineAddress().Match(response.Headers.Location!.OriginalString);
        match.Success.ShouldBeTrue($"redirected to a deadline, not {response.Headers.Location}");
        return Guid.Parse(match.Groups[1].Value);
    }

    private static string ExpectedVersionIn(string page)
    {
        var match = Regex.Match(page, "name=\"Input.ExpectedVersion\" value=\"(\\d+)\"", RegexOptions.None, TimeSpan.FromSeconds(1));
        match.Success.ShouldBeTrue("the form carries the version it was filled from");
        return match.Groups[1].Value;
    }

    /// <summary>The value of a text or date field of the page.</summary>
    private static string InputValue(string page, string name)
    {
        var field = Regex.Match(page, $"<input [^>]*name=\"{Regex.Escape(name)}\"[^>]*>", RegexOptions.None, TimeSpan.FromSeconds(1));
        field.Success.ShouldBeTrue($"the page has a field {name}");
        var value = Regex.Match(field.Value, "value=\"([^\"]*)\"", RegexOptions.None, TimeSpan.FromSeconds(1));
        return value.Success ? value.Groups[1].Value : string.Empty;
    }

    /// <summary>The message shown beside a field (the first error line after it).</summary>
    private static string FieldError(string page, string field)
    {
        var match = Regex.Match(page, $"name=\"Input\\.{field}\".*?<span class=\"error\">(.*?)</span>", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        match.Success.ShouldBeTrue($"an error line follows {field}");
        return match.Groups[1].Value;
    }

    private static string Section(string page, string name, bool byClass = false)
    {
        var match = Regex.Match(page, $"<section {(byClass ? "class" : "id")}=\"{name}\".*?</section>", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        match.Success.ShouldBeTrue($"the page has the section {name}");
        return match.Value;
    }

    private static string PresetCard(string page, string name)
    {
        var match = Regex.Match(page, $"<h2>{Regex.Escape(name)}</h2>.*?</li>", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        match.Success.ShouldBeTrue($"the list shows the preset {name}");
        return match.Value;
    }

    [GeneratedRegex("^/Echeances/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$")]
    private static partial Regex DeadlineAddress();
}

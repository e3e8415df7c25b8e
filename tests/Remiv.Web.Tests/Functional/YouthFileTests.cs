using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Files;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>The youth's file page (/Jeunes/{id}) and its downloads, for every role, through the real pipeline.</summary>
public sealed partial class YouthFileTests(string provider) : FunctionalFixture(provider)
{
    /// <summary>A valid 1 × 1 PNG: signature, IHDR, IDAT (one transparent pixel), IEND.</summary>
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);

    [Test]
    public async Task A_youth_worker_of_the_group_sees_the_case_and_writes_a_social_entry_that_appears_in_the_timeline()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Mamadou", "Bah", new DateOnly(2009, 3, 12), worker);
        using var client = await SignedInAsync(worker);

        var file = await client.GetPageAsync($"/Jeunes/{youth}");
        file.ShouldContain("Mamadou Bah");
        file.ShouldContain("Statut actuel");
        file.ShouldContain("Premier contact");
        file.ShouldContain("Acte de naissance");
        file.ShouldContain("Interprète nécessaire");
        file.ShouldContain("12/03/2009");

        using var written = await WriteEntryAsync(client, youth, "Social", "Rendez-vous à la CAF.\nDossier déposé.");
        written.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        written.Headers.Location!.OriginalString.ShouldBe($"/Jeunes/{youth}");

        var after = await client.GetPageAsync($"/Jeunes/{youth}");
        after.ShouldContain("L'entrée est enregistrée.");
        after.ShouldContain("Rendez-vous à la CAF.\nDossier déposé.");
        after.ShouldContain("Social · Entretien");
    }

    [Test]
    public async Task The_names_are_shown_exactly_as_given_with_their_other_spellings()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("عبد الله", "dIALLO", null, worker);
        using var client = await SignedInAsync(worker);

        using var added = await PostAsync(client, youth, "Alias", new() { ["Input.ExpectedVersion"] = await VersionAsync(youth), ["Input.Name"] = "Abdallah Diallo" });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var file = await client.GetPageAsync($"/Jeunes/{youth}");
        file.ShouldContain("عبد الله dIALLO");
        file.ShouldContain("Autres orthographes");
        file.ShouldContain("Abdallah Diallo");
    }

    [Test]
    public async Task A_youth_worker_outside_the_group_gets_404_on_the_file_and_on_its_attachments()
    {
        var member = await App.CreateAccountAsync(Roles.YouthWorker);
        var outsider = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Ibrahima", "Sow", null, member);
        using (var memberClient = await SignedInAsync(member))
        {
            using var uploaded = await UploadAsync(memberClient, youth, "acte.png", TinyPng);
            uploaded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var attachment = await AttachmentIdAsync(youth);
        using var client = await SignedInAsync(outsider);

        using var file = await client.GetAsync($"/Jeunes/{youth}");
        using var download = await client.GetAsync($"/Jeunes/Pieces/{attachment}");
        using var entry = await WriteEntryAsync(client, youth, "Social", "Je ne devrais pas pouvoir écrire ici.", formPage: "/Journal");

        file.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PageClient.TextOf(file)).ShouldNotContain("Ibrahima");
        download.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        entry.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_coordinator_sees_every_file_and_manages_its_group()
    {
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var newcomer = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Alpha", "Camara", null, worker);
        using var client = await SignedInAsync(coordinator);

        var file = await client.GetPageAsync($"/Jeunes/{youth}");
        file.ShouldContain("Alpha Camara");
        file.ShouldContain("Statut actuel");
        file.ShouldContain("Archiver le dossier");
        file.ShouldContain("Ajouter une personne au groupe");

        using var added = await PostAsync(client, youth, "Group", new()
        {
            ["Input.ExpectedVersion"] = await VersionAsync(youth), ["Input.StaffId"] = newcomer.Id.ToString(), ["Input.Change"] = "Add",
        });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var newcomerClient = await SignedInAsync(newcomer);
        (await newcomerClient.GetPageAsync($"/Jeunes/{youth}")).ShouldContain("Alpha Camara");

        using var referent = await PostAsync(client, youth, "Group", new()
        {
            ["Input.ExpectedVersion"] = await VersionAsync(youth), ["Input.StaffId"] = newcomer.Id.ToString(), ["Input.Change"] = "MakeReferent",
        });
        referent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var removed = await PostAsync(client, youth, "Group", new()
        {
            ["Input.ExpectedVersion"] = await VersionAsync(youth), ["Input.StaffId"] = worker.Id.ToString(), ["Input.Change"] = "Remove",
        });
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var workerClient = await SignedInAsync(worker);
        using var gone = await workerClient.GetAsync($"/Jeunes/{youth}");
        gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_psychologist_sees_identity_and_languages_only_and_their_entries_stay_hidden_from_the_team()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var youth = await App.CreateYouthAsync("Moussa", "Keita", new DateOnly(2008, 6, 1), worker, psychologist);
        using var workerClient = await SignedInAsync(worker);
        using (var social = await WriteEntryAsync(workerClient, youth, "Social", "Inscription aux Restos du cœur."))
        {
            social.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using var client = await SignedInAsync(psychologist);
        var file = await client.GetPageAsync($"/Jeunes/{youth}");
        file.ShouldContain("Moussa Keita");
        file.ShouldContain("Langues");
        file.ShouldContain("peul");
        file.ShouldContain("Interprète nécessaire");
        file.ShouldNotContain("Statut actuel");
        file.ShouldNotContain("Acte de naissance");
        file.ShouldNotContain("Hôtel 115");
        file.ShouldNotContain("Inscription aux Restos du cœur.");
        file.ShouldContain("Situation psychologique");

        using var written = await WriteEntryAsync(client, youth, "Psychological", "Cauchemars récurrents depuis la traversée.");
        written.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var situation = await PostAsync(client, youth, "Situation", new()
        {
            ["Input.ExpectedVersion"] = await VersionAsync(youth), ["Input.Track"] = "Psychological", ["Input.Summary"] = "Suivi hebdomadaire avec interprète.",
        });
        situation.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await client.GetPageAsync($"/Jeunes/{youth}");
        after.ShouldContain("Cauchemars récurrents depuis la traversée.");
        after.ShouldContain("Suivi hebdomadaire avec interprète.");
        (await client.GetPageAsync("/Journal")).ShouldContain("Cauchemars récurrents depuis la traversée.");

        using var coordinatorClient = await SignedInAsync(coordinator);
        foreach (var other in new[] { workerClient, coordinatorClient })
        {
            var seen = await other.GetPageAsync($"/Jeunes/{youth}");
            seen.ShouldContain("Inscription aux Restos du cœur.");
            seen.ShouldNotContain("Cauchemars récurrents");
            seen.ShouldNotContain("Suivi hebdomadaire avec interprète.");
            seen.ShouldNotContain("Situation psychologique");
            (await other.GetPageAsync($"/Jeunes/{youth}?volet=Psychological")).ShouldNotContain("Cauchemars récurrents");
            var journal = await other.GetPageAsync("/Journal");
            journal.ShouldContain("Inscription aux Restos du cœur.");
            journal.ShouldNotContain("Cauchemars récurrents");
        }
    }

    [Test]
    public async Task An_author_only_entry_is_invisible_to_another_member_of_the_group()
    {
        var author = await App.CreateAccountAsync(Roles.YouthWorker);
        var colleague = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Sékou", "Touré", null, author, colleague);
        using var client = await SignedInAsync(author);

        using var written = await WriteEntryAsync(client, youth, "Legal", "Note pour moi : rappeler l'avocate.", visibility: "AuthorOnly");
        written.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var mine = await client.GetPageAsync($"/Jeunes/{youth}");
        mine.ShouldContain("Note pour moi : rappeler l'avocate.");
        mine.ShouldContain("Visible par moi seulement");
        using var colleagueClient = await SignedInAsync(colleague);
        (await colleagueClient.GetPageAsync($"/Jeunes/{youth}")).ShouldNotContain("rappeler l'avocate");
        (await colleagueClient.GetPageAsync("/Journal")).ShouldNotContain("rappeler l'avocate");
    }

    [Test]
    public async Task Its_author_corrects_an_entry_from_the_timeline()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Lamine", "Cissé", null, worker);
        using var client = await SignedInAsync(worker);
        using (var written = await WriteEntryAsync(client, youth, "Health", "Rendez-vous PASS mardi."))
        {
            written.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var entry = await App.WithServiceAsync<Guid, RemivDbContext>(db => db.FollowUpEntries.Where(e => e.YouthId == youth).Select(e => e.Id).SingleAsync());
        (await client.GetPageAsync($"/Jeunes/{youth}")).ShouldContain("Corriger cette entrée");

        using var revised = await PostAsync(client, youth, "Revise", new()
        {
            ["Input.EntryId"] = entry.ToString(), ["Input.ExpectedVersion"] = "0", ["Input.Date"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Track"] = "Health", ["Input.Kind"] = "Accompaniment", ["Input.Text"] = "Rendez-vous PASS mercredi.", ["Input.Visibility"] = "FollowUpGroup",
        });
        using var stale = await PostAsync(client, youth, "Revise", new()
        {
            ["Input.EntryId"] = entry.ToString(), ["Input.ExpectedVersion"] = "0", ["Input.Date"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Track"] = "Health", ["Input.Kind"] = "Accompaniment", ["Input.Text"] = "Version périmée.", ["Input.Visibility"] = "FollowUpGroup",
        });

        revised.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var file = await client.GetPageAsync($"/Jeunes/{youth}");
        file.ShouldContain("Rendez-vous PASS mercredi.");
        file.ShouldContain("Santé · Accompagnement à un rendez-vous");
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(stale)).ShouldContain("modifié par quelqu'un d'autre");
        (await PageClient.TextOf(stale)).ShouldContain("Version périmée.");
    }

    [Test]
    public async Task An_administrator_gets_403_on_a_file_and_its_attachments()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var admin = await App.CreateAccountAsync(Roles.Admin);
        var youth = await App.CreateYouthAsync("Ousmane", "Barry", null, worker);
        using var client = await SignedInAsync(admin);

        using var file = await client.GetAsync($"/Jeunes/{youth}");
        using var download = await client.GetAsync($"/Jeunes/Pieces/{Guid.NewGuid()}");
        using var journal = await client.GetAsync("/Journal");

        file.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PageClient.TextOf(file)).ShouldNotContain("Ousmane");
        download.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        journal.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Archiving_needs_a_reason_and_then_the_file_refuses_new_entries_in_french()
    {
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var youth = await App.CreateYouthAsync("Bakary", "Traoré", null, coordinator);
        using var client = await SignedInAsync(coordinator);
        var today = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var withoutReason = await PostAsync(client, youth, "Archive", new() { ["Input.ExpectedVersion"] = await VersionAsync(youth), ["Input.Date"] = today, ["Input.Reason"] = " " });
        withoutReason.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(withoutReason)).ShouldContain("Choisissez le motif de sortie dans la liste.");

        using var otherWithoutDetails = await PostAsync(client, youth, "Archive", new() { ["Input.ExpectedVersion"] = await VersionAsync(youth), ["Input.Date"] = today, ["Input.Kind"] = "Other" });
        otherWithoutDetails.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(otherWithoutDetails)).ShouldContain("Précisez le motif de la sortie");

        using var archived = await PostAsync(client, youth, "Archive", new() { ["Input.ExpectedVersion"] = await VersionAsync(youth), ["Input.Date"] = today, ["Input.Kind"] = "MovedAway" });
        archived.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var file = await client.GetPageAsync($"/Jeunes/{youth}");
        file.ShouldContain("Dossier archivé");
        file.ShouldContain("Sorti du dispositif");
        (await App.WithServiceAsync<ExitReason?, RemivDbContext>(db => db.Youths.Where(y => y.Id == youth)
            .SelectMany(y => y.StatusHistory).Where(s => s.Status == YouthStatus.Exited).Select(s => s.ExitReason).SingleAsync())).ShouldBe(ExitReason.MovedAway);
        file.ShouldNotContain("Nouvelle entrée");
        file.ShouldNotContain("Changer le statut");

        using var entry = await WriteEntryAsync(client, youth, "Social", "Une entrée de trop.");
        entry.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(entry)).ShouldContain("Ce dossier est archivé : il ne peut plus être modifié.");
        (await App.WithServiceAsync<int, RemivDbContext>(db => db.FollowUpEntries.CountAsync(e => e.YouthId == youth))).ShouldBe(0);
    }

    [Test]
    public async Task A_status_change_dated_in_the_future_is_refused_and_a_past_one_is_recorded()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Yaya", "Konaté", null, worker);
        using var client = await SignedInAsync(worker);

        using var future = await PostAsync(client, youth, "Status", new()
        {
            ["Input.ExpectedVersion"] = await VersionAsync(youth), ["Input.Status"] = "AgeAssessment",
            ["Input.Date"] = Today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["Input.Department"] = "86",
        });
        future.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(future)).ShouldContain("La date d'un changement de statut ne peut pas être dans le futur.");

        using var exit = await PostAsync(client, youth, "Status", new()
        {
            ["Input.ExpectedVersion"] = await VersionAsync(youth), ["Input.Status"] = "Exited",
            ["Input.Date"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        (await PageClient.ErrorsOf(exit)).ShouldContain("Archiver le dossier");

        using var past = await PostAsync(client, youth, "Status", new()
        {
            ["Input.ExpectedVersion"] = await VersionAsync(youth), ["Input.Status"] = "AgeAssessment",
            ["Input.Date"] = Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["Input.Department"] = "86",
        });
        past.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var file = await client.GetPageAsync($"/Jeunes/{youth}");
        file.ShouldContain("Le statut est enregistré.");
        file.ShouldContain("Évaluation de minorité en cours");
        file.ShouldContain("département 86");
    }

    [Test]
    public async Task A_document_line_is_updated_and_a_stale_version_is_refused()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Abou", "Sylla", null, worker);
        using var client = await SignedInAsync(worker);

        using var obtained = await PostAsync(client, youth, "Document", new()
        {
            ["Input.Kind"] = "PassportOrIdCard", ["Input.ExpectedVersion"] = string.Empty, ["Input.Status"] = "Obtained",
            ["Input.ExpiryDate"] = "2031-05-04", ["Input.Note"] = "Original au coffre",
        });
        using var requestedWithExpiry = await PostAsync(client, youth, "Document", new()
        {
            ["Input.Kind"] = "BirthCertificate", ["Input.Status"] = "Requested", ["Input.ExpiryDate"] = "2031-05-04",
        });

        obtained.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var file = await client.GetPageAsync($"/Jeunes/{youth}");
        file.ShouldContain("expire le 04/05/2031");
        file.ShouldContain("Original au coffre");
        (await PageClient.ErrorsOf(requestedWithExpiry)).ShouldContain("Une date d'expiration ne s'indique que pour un document obtenu ou expiré.");
    }

    [Test]
    public async Task An_uploaded_png_downloads_back_identical_is_audited_and_is_stored_encrypted()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Fodé", "Kaba", null, worker);
        using var client = await SignedInAsync(worker);

        using var uploaded = await UploadAsync(client, youth, "carte-consulaire.png", TinyPng, kind: "ConsularCard");
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var file = await client.GetPageAsync($"/Jeunes/{youth}");
        file.ShouldContain("Le fichier est ajouté.");
        file.ShouldContain("carte-consulaire.png");
        var attachment = await AttachmentIdAsync(youth);
        file.ShouldContain($"href=\"/Jeunes/Pieces/{attachment}\"");

        using var download = await client.GetAsync($"/Jeunes/Pieces/{attachment}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(TinyPng);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("carte-consulaire.png");
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);

        var audited = await App.WithServiceAsync<List<Guid?>, RemivDbContext>(db => db.AuditEntries
            .Where(a => a.Action == "attachment.downloaded" && a.TargetId == attachment.ToString()).Select(a => a.ActorId).ToListAsync());
        audited.ShouldBe([worker.Id]);

        var storageKey = await App.WithServiceAsync<string, RemivDbContext>(db => db.Attachments.Where(a => a.Id == attachment).Select(a => a.StorageKey).SingleAsync());
        storageKey.ShouldMatch("^[0-9a-f]{64}$");
        var stored = Directory.EnumerateFiles(AttachmentsFolder(), storageKey + "*", SearchOption.AllDirectories).ShouldHaveSingleItem();
        Path.GetFileName(stored).ShouldNotContain("carte");
        var cipher = await File.ReadAllBytesAsync(stored);
        cipher.AsSpan().IndexOf(TinyPng).ShouldBe(-1, "the stored bytes are not the document's");
        cipher.AsSpan().IndexOf(TinyPng.AsSpan(0, 8)).ShouldBe(-1, "not even its PNG signature");
    }

    [Test]
    public async Task A_text_file_named_like_a_photo_is_refused_in_french_and_nothing_is_stored()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Mory", "Condé", null, worker);
        using var client = await SignedInAsync(worker);
        var before = StoredFiles();

        using var refused = await UploadAsync(client, youth, "photo.png", Encoding.UTF8.GetBytes("Ceci n'est pas une image."));

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(refused)).ShouldContain("Ce fichier n'est ni un PDF, ni une image JPEG ou PNG");
        (await App.WithServiceAsync<int, RemivDbContext>(db => db.Attachments.CountAsync(a => a.YouthId == youth))).ShouldBe(0);
        StoredFiles().ShouldBe(before);
    }

    [Test]
    public async Task A_10_MB_file_passes_and_a_larger_one_gets_a_french_message()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Kalil", "Soumah", null, worker);
        using var client = await SignedInAsync(worker);
        const int tenMegabytes = 10 * 1024 * 1024;

        using var tenMb = await UploadAsync(client, youth, "scan.pdf", Pdf(tenMegabytes));
        using var justAbove = await UploadAsync(client, youth, "gros-scan.pdf", Pdf(tenMegabytes + 1));
        using var farAbove = await UploadAsync(client, youth, "enorme-scan.pdf", Pdf(12 * 1024 * 1024));

        tenMb.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        justAbove.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(justAbove)).ShouldContain("Le fichier dépasse 10 Mo.");
        farAbove.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var explained = await client.GetAsync(farAbove.Headers.Location!.OriginalString);
        (await PageClient.ErrorsOf(explained)).ShouldContain("Le fichier dépasse 10 Mo.");
        (await App.WithServiceAsync<int, RemivDbContext>(db => db.Attachments.CountAsync(a => a.YouthId == youth))).ShouldBe(1);

        static byte[] Pdf(int length)
        {
            var bytes = new byte[length];
            "%PDF-1.7\n"u8.CopyTo(bytes);
            return bytes;
        }
    }

    [Test]
    public async Task The_same_entry_form_sent_twice_writes_one_entry()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Sidiki", "Fofana", null, worker);
        using var client = await SignedInAsync(worker);
        var page = await client.GetPageAsync($"/Jeunes/{youth}");
        var submission = SubmissionId().Match(page);
        submission.Success.ShouldBeTrue("the entry form carries a submission id");

        using var first = await WriteEntryAsync(client, youth, "Housing", "Demande 115 faite.", submissionId: submission.Groups[1].Value);
        using var second = await WriteEntryAsync(client, youth, "Housing", "Demande 115 faite.", submissionId: submission.Groups[1].Value);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.WithServiceAsync<int, RemivDbContext>(db => db.FollowUpEntries.CountAsync(e => e.YouthId == youth))).ShouldBe(1);
        var next = await client.GetPageAsync($"/Jeunes/{youth}");
        SubmissionId().Match(next).Groups[1].Value.ShouldNotBe(submission.Groups[1].Value, "a new form gets a new submission id");
    }

    [Test]
    public async Task The_timeline_is_paginated_and_filtered_by_track()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Demba", "Diop", null, worker);
        using var client = await SignedInAsync(worker);
        for (var i = 1; i <= 22; i++)
        {
            using var written = await WriteEntryAsync(client, youth, i == 1 ? "Language" : "Social", $"Entrée numéro {i:00}.");
            written.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var first = await client.GetPageAsync($"/Jeunes/{youth}");
        var second = await client.GetPageAsync($"/Jeunes/{youth}?page=2");
        var language = await client.GetPageAsync($"/Jeunes/{youth}?volet=Language");

        first.ShouldContain("Entrée numéro 22.");
        first.ShouldNotContain("Entrée numéro 01.");
        first.ShouldContain("Plus ancien");
        second.ShouldContain("Entrée numéro 01.");
        second.ShouldNotContain("Entrée numéro 22.");
        language.ShouldContain("Entrée numéro 01.");
        language.ShouldNotContain("Entrée numéro 02.");
    }

    private async Task<PageClient> SignedInAsync(TestAccount account)
    {
        var client = App.CreatePageClient();
        await client.SignInAsync(account);
        return client;
    }

    private static Task<HttpResponseMessage> PostAsync(PageClient client, Guid youth, string handler, Dictionary<string, string> fields) =>
        client.SubmitAsync($"/Jeunes/{youth}", fields, $"/Jeunes/{youth}?handler={handler}");

    internal static Task<HttpResponseMessage> WriteEntryAsync(
        PageClient client, Guid youth, string track, string text, string visibility = "FollowUpGroup", string? submissionId = null, string? formPage = null) =>
        client.SubmitAsync(formPage ?? $"/Jeunes/{youth}", new Dictionary<string, string>
        {
            ["Input.SubmissionId"] = submissionId ?? Guid.NewGuid().ToString(),
            ["Input.Track"] = track,
            ["Input.Kind"] = "Conversation",
            ["Input.Date"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Text"] = text,
            ["Input.Visibility"] = visibility,
        }, $"/Jeunes/{youth}?handler=Entry");

    private static async Task<HttpResponseMessage> UploadAsync(PageClient client, Guid youth, string fileName, byte[] content, string kind = "")
    {
        using var page = await client.GetAsync($"/Jeunes/{youth}");
        var token = AntiforgeryToken().Match(await page.Content.ReadAsStringAsync());
        token.Success.ShouldBeTrue("the file page has a form with an antiforgery token");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token.Groups[1].Value), "__RequestVerificationToken" },
            { new StringContent(kind), "Input.Kind" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "image/png");
        form.Add(file, "Input.File", fileName);
        return await client.Http.PostAsync(new Uri($"/Jeunes/{youth}?handler=Upload", UriKind.Relative), form);
    }

    private Task<string> VersionAsync(Guid youth) =>
        App.WithServiceAsync<string, RemivDbContext>(async db =>
            (await db.Youths.Where(y => y.Id == youth).Select(y => y.Version).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private Task<Guid> AttachmentIdAsync(Guid youth) =>
        App.WithServiceAsync<Guid, RemivDbContext>(db => db.Attachments.Where(a => a.YouthId == youth).Select(a => a.Id).SingleAsync());

    private string AttachmentsFolder() => Path.GetFullPath(App.Services.GetRequiredService<IOptions<AttachmentOptions>>().Value.Path);

    private string[] StoredFiles() =>
        Directory.Exists(AttachmentsFolder())
            ? [.. Directory.EnumerateFiles(AttachmentsFolder(), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]
            : [];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("name=\"Input.SubmissionId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex SubmissionId();
}

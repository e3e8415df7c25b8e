using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>The psychological track is encrypted at rest: the database holds ciphertext, psychologists read plain text.</summary>
public sealed class SensitiveTextEncryptionTests(string provider) : FunctionalFixture(provider)
{
    [Test]
    public async Task A_psychological_entry_is_stored_encrypted_and_read_back_in_clear_by_its_psychologist()
    {
        var (client, youthId) = await PsychologistWithYouthAsync();
        const string secret = "Cauchemars récurrents depuis la traversée de la Méditerranée";

        await WriteEntryAsync(client, youthId, "Psychological", secret);

        var stored = await ColumnAsync("SELECT \"Text\" AS \"Value\" FROM \"FollowUpEntries\"");
        stored.ShouldContain(text => text.StartsWith(SensitiveTextCipher.Prefix, StringComparison.Ordinal));
        stored.ShouldNotContain(text => text.Contains("Méditerranée", StringComparison.Ordinal));
        var timeline = await client.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/youths/{youthId}/entries", UriKind.Relative));
        timeline.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()).ShouldContain(secret);
    }

    [Test]
    public async Task Entries_of_the_other_tracks_stay_in_clear()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youthId = await App.CreateYouthAsync("Ousmane", "Traoré", new DateOnly(2010, 4, 1), worker);
        using var client = App.CreatePageClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(client, worker));

        await WriteEntryAsync(client, youthId, "Housing", "Place en foyer obtenue à Poitiers-Ouest");

        (await ColumnAsync("SELECT \"Text\" AS \"Value\" FROM \"FollowUpEntries\"")).ShouldContain("Place en foyer obtenue à Poitiers-Ouest");
    }

    [Test]
    public async Task The_psychological_situation_is_stored_encrypted_and_reading_the_file_records_no_false_change()
    {
        var (client, youthId) = await PsychologistWithYouthAsync();
        var file = await client.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/youths/{youthId}", UriKind.Relative));
        using var set = await client.Http.PutAsJsonAsync(new Uri($"/api/v1/youths/{youthId}/situations/Psychological", UriKind.Relative),
            new { expectedVersion = file.GetProperty("version").GetInt32(), summary = "Suivi hebdomadaire, troubles du sommeil" });
        set.StatusCode.ShouldBe(HttpStatusCode.OK, await set.Content.ReadAsStringAsync());
        (await ColumnAsync("SELECT \"Summary\" AS \"Value\" FROM \"YouthTrackSituations\"")).ShouldNotContain(s => s.Contains("sommeil", StringComparison.Ordinal));
        var historyBefore = await CountAsync();

        var again = await client.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/youths/{youthId}", UriKind.Relative));

        again.GetProperty("psychologicalSituation").GetProperty("summary").GetString().ShouldBe("Suivi hebdomadaire, troubles du sommeil");
        (await CountAsync()).ShouldBe(historyBefore, "opening the file (which saves its audit line) rewrites nothing");
    }

    [Test]
    public async Task A_revised_psychological_entry_stays_encrypted()
    {
        var (client, youthId) = await PsychologistWithYouthAsync();
        var entryId = await WriteEntryAsync(client, youthId, "Psychological", "Premier entretien avec interprète");

        using var revised = await client.Http.PutAsJsonAsync(new Uri($"/api/v1/entries/{entryId}", UriKind.Relative), new
        {
            expectedVersion = 0, date = DateOnly.FromDateTime(DateTime.UtcNow), track = "Psychological", kind = "Conversation",
            text = "Premier entretien avec interprète en tigrinya", visibility = "FollowUpGroup",
        });

        revised.StatusCode.ShouldBe(HttpStatusCode.OK, await revised.Content.ReadAsStringAsync());
        (await ColumnAsync("SELECT \"Text\" AS \"Value\" FROM \"FollowUpEntries\"")).ShouldNotContain(t => t.Contains("tigrinya", StringComparison.Ordinal));
    }

    [Test]
    public async Task Ciphertext_copied_onto_another_entry_does_not_decrypt_and_shows_as_unreadable()
    {
        var (client, youthId) = await PsychologistWithYouthAsync();
        var first = await WriteEntryAsync(client, youthId, "Psychological", "Texte du premier entretien");
        var second = await WriteEntryAsync(client, youthId, "Psychological", "Texte du second entretien");
        await App.WithServiceAsync<int, RemivDbContext>(async db =>
        {
            var cipher = await db.Database.SqlQuery<string>($"SELECT \"Text\" AS \"Value\" FROM \"FollowUpEntries\" WHERE \"Id\" = {first}").SingleAsync();
            return await db.Database.ExecuteSqlAsync($"UPDATE \"FollowUpEntries\" SET \"Text\" = {cipher} WHERE \"Id\" = {second}");
        });

        var read = await App.WithServiceAsync<string, RemivDbContext>(async db =>
            (await db.FollowUpEntries.AsNoTracking().SingleAsync(e => e.Id == second)).Text);

        read.ShouldBe(SensitiveTextCipher.Unreadable, "the copy is refused, and the file stays readable for the rest");
    }

    [Test]
    public async Task A_psychological_entry_and_situation_at_their_maximum_lengths_are_saved_encrypted()
    {
        var (client, youthId) = await PsychologistWithYouthAsync();

        using var entry = await client.Http.PostAsJsonAsync(new Uri($"/api/v1/youths/{youthId}/entries", UriKind.Relative), new
        {
            submissionId = Guid.NewGuid(), track = "Psychological", kind = "Conversation", visibility = "FollowUpGroup",
            text = new string('é', 4000), partner = new string('a', 200), nextStep = new string('ê', 300),
        });
        var file = await client.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/youths/{youthId}", UriKind.Relative));
        using var situation = await client.Http.PutAsJsonAsync(new Uri($"/api/v1/youths/{youthId}/situations/Psychological", UriKind.Relative),
            new { expectedVersion = file.GetProperty("version").GetInt32(), summary = new string('ع', 300) });

        entry.StatusCode.ShouldBe(HttpStatusCode.Created, await entry.Content.ReadAsStringAsync());
        situation.StatusCode.ShouldBe(HttpStatusCode.OK, await situation.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_note_that_starts_like_ciphertext_is_encrypted_like_any_other_and_the_file_still_opens()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var youthId = await App.CreateYouthAsync("Rahim", "Uddin", new DateOnly(2010, 6, 6), worker, psychologist);
        using var psy = App.CreatePageClient();
        psy.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(psy, psychologist));
        var file = await psy.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/youths/{youthId}", UriKind.Relative));

        using var set = await psy.Http.PutAsJsonAsync(new Uri($"/api/v1/youths/{youthId}/situations/Psychological", UriKind.Relative),
            new { expectedVersion = file.GetProperty("version").GetInt32(), summary = "enc1: note du jour" });

        set.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ColumnAsync("SELECT \"Summary\" AS \"Value\" FROM \"YouthTrackSituations\"")).ShouldNotContain("enc1: note du jour");
        using var youthWorker = App.CreatePageClient();
        youthWorker.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(youthWorker, worker));
        using var opened = await youthWorker.GetAsync($"/api/v1/youths/{youthId}");
        opened.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await psy.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/youths/{youthId}", UriKind.Relative)))
            .GetProperty("psychologicalSituation").GetProperty("summary").GetString().ShouldBe("enc1: note du jour");
    }

    [Test]
    public async Task A_psychologist_updating_the_psychological_situation_does_not_make_a_youth_workers_edit_stale()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var youthId = await App.CreateYouthAsync("Kadiatou", "Barry", new DateOnly(2010, 3, 3), worker, psychologist);
        using var youthWorker = App.CreatePageClient();
        youthWorker.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(youthWorker, worker));
        using var psy = App.CreatePageClient();
        psy.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(psy, psychologist));
        var seenByWorker = (await youthWorker.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/youths/{youthId}", UriKind.Relative))).GetProperty("version").GetInt32();

        using var psychological = await psy.Http.PutAsJsonAsync(new Uri($"/api/v1/youths/{youthId}/situations/Psychological", UriKind.Relative),
            new { expectedVersion = seenByWorker, summary = "Premier entretien prévu" });
        using var housing = await youthWorker.Http.PutAsJsonAsync(new Uri($"/api/v1/youths/{youthId}/situations/Housing", UriKind.Relative),
            new { expectedVersion = seenByWorker, summary = "En foyer depuis lundi" });

        psychological.StatusCode.ShouldBe(HttpStatusCode.OK);
        housing.StatusCode.ShouldBe(HttpStatusCode.OK, "nothing the youth worker can see changed, and nothing tells them a psychologist wrote");
    }

    private async Task<(PageClient Client, Guid YouthId)> PsychologistWithYouthAsync()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var youthId = await App.CreateYouthAsync("Tesfaye", "Gebremichael", new DateOnly(2010, 2, 2), worker, psychologist);
        var client = App.CreatePageClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(client, psychologist));
        return (client, youthId);
    }

    private static async Task<Guid> WriteEntryAsync(PageClient client, Guid youthId, string track, string text)
    {
        using var response = await client.Http.PostAsJsonAsync(new Uri($"/api/v1/youths/{youthId}/entries", UriKind.Relative),
            new { submissionId = Guid.NewGuid(), track, kind = "Conversation", text, visibility = "FollowUpGroup" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<List<string>> ColumnAsync(string sql) =>
        App.WithServiceAsync<List<string>, RemivDbContext>(db => db.Database.SqlQueryRaw<string>(sql).ToListAsync());

    private Task<int> CountAsync() => App.WithServiceAsync<int, RemivDbContext>(db => db.ChangeRecords.CountAsync());
}

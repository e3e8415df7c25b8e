using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Jobs;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The confidentiality matrix of session notes: for every role, on every channel that exists (the note's page and the
/// young person's notes, the session's page and the week, the young person's file and its history, the search, the API's
/// notes, sessions, file, timeline, search and notifications, the home page, the journal), a note's unique words show only
/// to those allowed to read it: its author, and a psychologist who sees the session once it is shared. Then the text is
/// found nowhere in clear in the database (ChangeRecords, audit, notifications, outbox included), in no email and in no
/// log line. Every test uses people and young people of its own: the fixture's database is shared.
/// </summary>
public sealed class SessionNoteConfidentialityTests(string provider) : FunctionalFixture(provider)
{
    public enum Viewer
    {
        Admin,
        Coordinator,

        /// <summary>The referent youth worker, in the young person's follow-up group.</summary>
        WorkerInGroup,

        /// <summary>The psychologist of both sessions, who wrote both notes.</summary>
        Author,

        /// <summary>A psychologist in the follow-up group (so seeing the sessions), not the author: reads the shared note only.</summary>
        FollowingPsychologist,

        /// <summary>A psychologist who does not follow the young person: sees neither the sessions nor the notes, even shared.</summary>
        OtherPsychologist,
    }

    private enum Access
    {
        /// <summary>The role may not use the function (403).</summary>
        Refused,

        /// <summary>The function answers, showing what the viewer may see.</summary>
        Shown,

        /// <summary>The viewer may use the function but not see this record (404).</summary>
        Hidden,
    }

    [TestCase(Viewer.Admin)]
    [TestCase(Viewer.Coordinator)]
    [TestCase(Viewer.WorkerInGroup)]
    [TestCase(Viewer.Author)]
    [TestCase(Viewer.FollowingPsychologist)]
    [TestCase(Viewer.OtherPsychologist)]
    public async Task A_note_shows_only_to_the_psychologists_allowed_to_read_it_on_every_channel(Viewer viewer)
    {
        var world = await WorldAsync(App);
        var account = viewer switch
        {
            Viewer.Admin => await App.CreateAccountAsync(Roles.Admin),
            Viewer.Coordinator => world.Scene.Coordinator,
            Viewer.WorkerInGroup => world.Scene.Worker,
            Viewer.Author => world.Scene.Author,
            Viewer.FollowingPsychologist => world.Scene.Colleague,
            _ => await NoteKit.PsychologistAsync(App),
        };
        using var pages = await NoteKit.SignedInAsync(App, account);
        using var api = await NoteKit.ApiClientAsync(App, account);
        var readable = viewer switch
        {
            Viewer.Author => new[] { world.Shared, world.Private },
            Viewer.FollowingPsychologist => [world.Shared],
            _ => [],
        };
        var keepsNotes = viewer is Viewer.Author or Viewer.FollowingPsychologist or Viewer.OtherPsychologist;
        var seesTheYoungPerson = viewer is Viewer.Coordinator or Viewer.WorkerInGroup or Viewer.Author or Viewer.FollowingPsychologist;
        var youth = world.Scene.Youth;

        // The channels made for notes: each note to its readers, "not found" as no note to the other psychologists.
        foreach (var note in new[] { world.Shared, world.Private })
        {
            var access = !keepsNotes ? Access.Refused : readable.Contains(note) ? Access.Shown : Access.Hidden;
            await ExpectAsync(await pages.GetAsync($"/Psychologie/Seances/{note.Session}/Note"), access, [note], world);
            await ExpectAsync(await api.GetAsync($"/api/v1/psychology/sessions/{note.Session}/note"), access, [note], world);
        }

        var list = !keepsNotes ? Access.Refused : seesTheYoungPerson ? Access.Shown : Access.Hidden;
        await ExpectAsync(await pages.GetAsync($"/Psychologie/Notes/{youth}"), list, readable, world);
        await ExpectAsync(await api.GetAsync($"/api/v1/psychology/youths/{youth}/notes"), list, readable, world);

        // Every other channel: never a note, to anyone, its author included.
        var file = viewer == Viewer.Admin ? Access.Refused : seesTheYoungPerson ? Access.Shown : Access.Hidden;
        // The staff's functions (sessions, notifications, journal): everyone but the administration.
        var staff = viewer == Viewer.Admin ? Access.Refused : Access.Shown;
        var monday = MondayOf(world.Day);
        await ExpectAsync(await pages.GetAsync($"/Psychologie/Seances/{world.Shared.Session}"), file, [], world);
        await ExpectAsync(await pages.GetAsync($"/Psychologie/Seances/{world.Private.Session}"), file, [], world);
        await ExpectAsync(await pages.GetAsync($"/Psychologie/Seances?semaine={Iso(monday)}&psychologue={world.Scene.Author.Id}"), staff, [], world);
        await ExpectAsync(await pages.GetAsync($"/Jeunes/{youth}"), file, [], world);
        await ExpectAsync(await pages.GetAsync($"/Jeunes/{youth}?volet=Psychological"), file, [], world);
        await ExpectAsync(await pages.GetAsync("/"), Access.Shown, [], world);
        await ExpectAsync(await pages.GetAsync("/Notifications"), staff, [], world);
        await ExpectAsync(await pages.GetAsync("/Journal"), staff, [], world);
        await ExpectAsync(await api.GetAsync($"/api/v1/psychology/sessions/{world.Shared.Session}"), file, [], world);
        await ExpectAsync(await api.GetAsync($"/api/v1/psychology/sessions/{world.Private.Session}"), file, [], world);
        await ExpectAsync(await api.GetAsync($"/api/v1/psychology/sessions?from={Query(world.Day.AddDays(-14))}&to={Query(world.Day.AddDays(14))}"),
            staff, [], world);
        await ExpectAsync(await api.GetAsync($"/api/v1/youths/{youth}"), file, [], world);
        await ExpectAsync(await api.GetAsync($"/api/v1/youths/{youth}/entries"), file, [], world);
        await ExpectAsync(await api.GetAsync($"/api/v1/youths/{youth}/entries?track=Psychological"), file, [], world);
        await ExpectAsync(await api.GetAsync("/api/v1/notifications"), staff, [], world);
        await ExpectAsync(await api.GetAsync("/api/v1/journal"), staff, [], world);

        // The search: the note's words find nobody (while the young person's name does, for those who see them).
        if (viewer == Viewer.Admin)
        {
            (await pages.GetAsync("/Jeunes")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await api.GetAsync($"/api/v1/youths?text={world.Shared.Word}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
        else
        {
            foreach (var note in new[] { world.Shared, world.Private })
            {
                using var searched = await pages.SubmitAsync("/Jeunes", new Dictionary<string, string> { ["q"] = note.Word });
                searched.StatusCode.ShouldBe(HttpStatusCode.OK);
                var found = await PageClient.TextOf(searched);
                found.ShouldNotContain($"/Jeunes/{youth}", customMessage: $"searching the note's word {note.Word}");
                found.ShouldNotContain(note.Rest);
                var apiFound = await api.Http.GetStringAsync(new Uri($"/api/v1/youths?text={note.Word}", UriKind.Relative));
                apiFound.ShouldNotContain(youth.ToString());
                apiFound.ShouldNotContain(note.Rest);
            }

            var byName = await api.Http.GetStringAsync(new Uri("/api/v1/youths?text=Sangar%C3%A9", UriKind.Relative));
            if (seesTheYoungPerson)
            {
                byName.ShouldContain(youth.ToString(), customMessage: "the search works: the name finds the young person");
            }
        }

        // Who read which note, by its id: the readers' readings only.
        foreach (var note in new[] { world.Shared, world.Private })
        {
            var readers = await NoteKit.AuditAsync(App, NoteKit.Read, note.Id);
            if (readable.Contains(note))
            {
                readers.ShouldContain(account.Id);
            }
            else
            {
                readers.ShouldNotContain(account.Id);
            }
        }
    }

    [Test]
    public async Task The_text_is_stored_nowhere_in_clear_sent_in_no_email_and_written_to_no_log()
    {
        var logs = new LogCapture();
        using var logged = App.WithWebHostBuilder(builder => builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(logs);
            logging.AddFilter<LogCapture>(null, LogLevel.Trace);
        }));
        var world = await WorldAsync(App, logged);
        var scene = world.Scene;
        using var colleague = ApiClient(logged, await TokenAsync(logged, scene.Colleague));
        using var colleaguePages = Client(logged);
        await colleaguePages.SignInAsync(scene.Colleague);
        using var coordinator = ApiClient(logged, await TokenAsync(logged, scene.Coordinator));

        // Read by the allowed colleague on every note channel; the author changes a note once more.
        (await colleaguePages.GetPageAsync($"/Psychologie/Seances/{world.Shared.Session}/Note")).ShouldContain(world.Shared.Word);
        (await colleague.Http.GetStringAsync(new Uri($"/api/v1/psychology/sessions/{world.Shared.Session}/note", UriKind.Relative))).ShouldContain(world.Shared.Word);
        (await colleaguePages.GetPageAsync($"/Psychologie/Notes/{scene.Youth}")).ShouldContain(world.Shared.Word);
        using var author = ApiClient(logged, await TokenAsync(logged, scene.Author));
        var changedWord = NoteKit.Secret("Relue");
        using (var changed = await NoteKit.PutNoteAsync(author, world.Private.Session, 0, $"{world.Private.Word} {changedWord} relue", shared: false))
        {
            changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        }

        // The session's life sends notices: booked for tomorrow, moved, cancelled; then the jobs run and send the emails.
        var tomorrow = NoteKit.Today.AddDays(1);
        using var booked = await coordinator.Http.PostAsJsonAsync(new Uri("/api/v1/psychology/sessions", UriKind.Relative), new
        {
            youthId = scene.Youth, psychologistId = scene.Author.Id, roomId = scene.Room, start = Paris(tomorrow, 10), end = Paris(tomorrow, 11), kind = "FollowUp",
        });
        booked.StatusCode.ShouldBe(HttpStatusCode.Created, await booked.Content.ReadAsStringAsync());
        var session = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await coordinator.Http.PutAsJsonAsync(new Uri($"/api/v1/psychology/sessions/{session}/schedule", UriKind.Relative),
            new { expectedVersion = 0, roomId = scene.Room, start = Paris(tomorrow, 14), end = Paris(tomorrow, 15) })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await coordinator.Http.PostAsJsonAsync(new Uri($"/api/v1/psychology/sessions/{session}/cancel", UriKind.Relative),
            new { expectedVersion = 1, reason = "La psychologue est souffrante" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using (var scope = logged.Services.CreateAsyncScope())
        {
            var jobs = scope.ServiceProvider.GetRequiredService<ReminderJobs>();
            await jobs.ScanAsync(CancellationToken.None);
            await jobs.ScanSessionsAsync(CancellationToken.None);
            await jobs.DigestAsync(CancellationToken.None);
            await jobs.DispatchAsync(CancellationToken.None);
        }

        string[] words = [world.Shared.Word, world.Private.Word, changedWord];
        var holding = await PlacesHoldingAsync(App, words);
        holding.ShouldBeEmpty("the words of the notes, in clear, anywhere in the database");
        (await PlacesHoldingAsync(App, ["Sangaré"])).ShouldContain("Youths.LastName", "the search of the database reads every table");
        var raw = await NoteKit.RawNoteTextsAsync(App);
        raw[world.Shared.Id].ShouldStartWith(Remiv.Infrastructure.Persistence.SensitiveTextCipher.Prefix);
        raw[world.Private.Id].ShouldStartWith(Remiv.Infrastructure.Persistence.SensitiveTextCipher.Prefix);
        List<SentMessage> mail;
        lock (App.SentMail)
        {
            mail = [.. App.SentMail];
        }

        mail.ShouldContain(m => m.Body.Contains("séance psychologique", StringComparison.Ordinal), "the session's notices went out by email");
        mail.ShouldAllBe(m => words.All(w => !m.Subject.Contains(w, StringComparison.Ordinal) && !m.Body.Contains(w, StringComparison.Ordinal)));
        logs.Lines.ShouldContain(line => line.Contains("WriteSessionNote handled", StringComparison.Ordinal), "the log lines of the notes' use cases are captured");
        logs.Lines.Where(line => words.Any(w => line.Contains(w, StringComparison.Ordinal))).ShouldBeEmpty("log lines holding a note's words");
        (await App.WithServiceAsync<int, RemivDbContext>(db => db.ChangeRecords.CountAsync(c => c.EntityType == "SessionNote"))).ShouldBe(0,
            "a note is not part of the file's change history");
        (await NoteKit.AuditAsync(App, NoteKit.Written, world.Private.Id)).ShouldBe([scene.Author.Id, scene.Author.Id]);
        (await NoteKit.AuditAsync(App, NoteKit.Read, world.Shared.Id)).ShouldBe([scene.Colleague.Id, scene.Colleague.Id, scene.Colleague.Id]);
    }

    /// <summary>
    /// The scene, with two held sessions of the author: the first's note written on its page and shared with the team,
    /// the second's through the API and kept private. <paramref name="host"/> serves the requests (the application by default).
    /// </summary>
    private static async Task<World> WorldAsync(RemivWebFactory app, WebApplicationFactory<Program>? host = null)
    {
        var scene = await NoteKit.SceneAsync(app);
        var sharedSession = await NoteKit.HeldSessionAsync(app, scene, daysAgo: 3);
        var privateSession = await NoteKit.HeldSessionAsync(app, scene, daysAgo: 2);
        var (sharedWord, privateWord) = (NoteKit.Secret("Partage"), NoteKit.Secret("Prive"));
        const string SharedRest = "cauchemars depuis la traversée, à suivre en équipe";
        const string PrivateRest = "évoque des violences subies en Libye";

        using var pages = Client(host ?? app);
        await pages.SignInAsync(scene.Author);
        var page = $"/Psychologie/Seances/{sharedSession}/Note";
        using (var written = await pages.SubmitAsync(page, new Dictionary<string, string>
               {
                   ["Input.Text"] = $"{sharedWord} {SharedRest}",
                   ["Input.SharedWithTeam"] = "true",
               }))
        {
            written.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(written));
        }

        using var api = ApiClient(host ?? app, await TokenAsync(host ?? app, scene.Author));
        using (var written = await NoteKit.PutNoteAsync(api, privateSession, null, $"{privateWord} {PrivateRest}", shared: false))
        {
            written.StatusCode.ShouldBe(HttpStatusCode.Created, await written.Content.ReadAsStringAsync());
        }

        var shared = (await NoteKit.NotesOfSessionAsync(app, sharedSession)).Single();
        var kept = (await NoteKit.NotesOfSessionAsync(app, privateSession)).Single();
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(await app.WithServiceAsync<DateTimeOffset, RemivDbContext>(db =>
            db.Sessions.Where(s => s.Id == sharedSession).Select(s => s.Start).SingleAsync()), ParisZone).DateTime);
        return new World(scene, new WrittenNote(shared.Id, sharedSession, sharedWord, SharedRest), new WrittenNote(kept.Id, privateSession, privateWord, PrivateRest), day);
    }

    /// <summary>Checks one answer against the access expected, and that it shows the words of <paramref name="shown"/> and of no other note.</summary>
    private static async Task ExpectAsync(HttpResponseMessage response, Access access, IReadOnlyCollection<WrittenNote> shown, World world)
    {
        using (response)
        {
            var where = $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri!.PathAndQuery}";
            response.StatusCode.ShouldBe(access switch
            {
                Access.Refused => HttpStatusCode.Forbidden,
                Access.Hidden => HttpStatusCode.NotFound,
                _ => HttpStatusCode.OK,
            }, where);
            var text = await PageClient.TextOf(response);
            foreach (var note in new[] { world.Shared, world.Private })
            {
                if (access == Access.Shown && shown.Contains(note))
                {
                    text.ShouldContain(note.Word, customMessage: where);
                }
                else
                {
                    text.ShouldNotContain(note.Word, customMessage: where);
                    text.ShouldNotContain(note.Rest, customMessage: where);
                }
            }
        }
    }

    /// <summary>Every table and column of the application's schema holding one of <paramref name="words"/>, read with plain ADO.NET.</summary>
    private static Task<List<string>> PlacesHoldingAsync(RemivWebFactory app, IReadOnlyList<string> words) =>
        app.WithServiceAsync<List<string>, RemivDbContext>(async db =>
        {
            var places = new List<string>();
            await db.Database.OpenConnectionAsync();
            try
            {
                var connection = db.Database.GetDbConnection();
                var tables = new List<string>();
                await using (var list = connection.CreateCommand())
                {
                    list.CommandText = app.Provider == "Sqlite"
                        ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                        : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'";
                    await using var reader = await list.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        tables.Add(reader.GetString(0));
                    }
                }

                tables.ShouldContain("PsychologySessionNotes");
                tables.ShouldContain("ChangeRecords");
                foreach (var table in tables)
                {
                    await using var select = connection.CreateCommand();
#pragma warning disable CA2100 // The table names come from the database's own catalogue.
                    select.CommandText = $"SELECT * FROM \"{table}\"";
#pragma warning restore CA2100
                    await using var reader = await select.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        for (var i = 0; i < reader.FieldCount; i++)
                        {
                            var value = reader.IsDBNull(i) ? null : reader.GetValue(i);
                            var text = value switch
                            {
                                null => string.Empty,
                                byte[] bytes => Encoding.UTF8.GetString(bytes),
                                string s => s,
                                System.Collections.IEnumerable items => string.Join(' ', items.Cast<object?>()),
                                _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
                            };
                            if (words.Any(w => text.Contains(w, StringComparison.Ordinal)))
                            {
                                places.Add($"{table}.{reader.GetName(i)}");
                            }
                        }
                    }
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            return places;
        });

    private static PageClient Client(WebApplicationFactory<Program> host) => new(host.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    }));

    private static PageClient ApiClient(WebApplicationFactory<Program> host, string token)
    {
        var client = Client(host);
        client.Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<string> TokenAsync(WebApplicationFactory<Program> host, TestAccount account)
    {
        using var client = Client(host);
        return await ApiTokens.ForAsync(client, account);
    }

    private static readonly TimeZoneInfo ParisZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static DateTimeOffset Paris(DateOnly day, int hour) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, 0)), ParisZone), TimeSpan.Zero);

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Query(DateOnly day) => Uri.EscapeDataString(Paris(day, 0).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));

    /// <param name="Word">The note's unique word, searched for everywhere.</param>
    /// <param name="Rest">The rest of its text.</param>
    private sealed record WrittenNote(Guid Id, Guid Session, string Word, string Rest);

    /// <param name="Day">The hub's day of the shared note's session.</param>
    private sealed record World(NoteScene Scene, WrittenNote Shared, WrittenNote Private, DateOnly Day);

    /// <summary>Keeps every log line the application writes, with its category and exception, to look for a note's text.</summary>
    private sealed class LogCapture : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                lines.Enqueue($"{category} scope {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
                lines.Enqueue($"{category} {logLevel} {formatter(state, exception)} {values} {exception}");
            }
        }
    }
}

using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The session pages through the real pipeline and database: who may open the week, the booking form and a session;
/// booking through the form and finding the session in the week; a clash refused in French with nothing saved;
/// cancelling with a reason only. The fixture's database is shared: every test uses people, rooms and young people of
/// its own.
/// </summary>
public sealed class SessionPagesTests(string provider) : FunctionalFixture(provider)
{
    private const string PsychologistTaken = "La psychologue a déjà une séance à cette heure-là.";

    private static TimeZoneInfo Paris { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The hub's day (Europe/Paris).</summary>
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Paris).DateTime);

    [TestCase("/Psychologie/Seances")]
    [TestCase("/Psychologie/Seances/Nouvelle")]
    [TestCase("/Psychologie/Seances/{id}")]
    [TestCase("/Psychologie/Seances/{id}/Deplacer")]
    [TestCase("/Psychologie/Seances/Jour")]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_an_admin_is_refused(string path)
    {
        var scene = await SceneAsync();
        var session = await SeedSessionAsync(scene, At(Today.AddDays(20), 10), At(Today.AddDays(20), 11));
        var url = path.Replace("{id}", session.ToString(), StringComparison.Ordinal);
        using var anonymous = App.CreatePageClient();
        using var admin = await SignedInAsync(await App.CreateAccountAsync(Roles.Admin));

        using var signIn = await anonymous.GetAsync(url);
        using var refused = await admin.GetAsync(url);

        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signIn.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var text = await PageClient.TextOf(refused);
        text.ShouldContain("Accès refusé");
        text.ShouldNotContain("Kouyaté");
    }

    [Test]
    public async Task A_youth_worker_sees_the_week_of_the_young_people_they_follow_but_may_not_book()
    {
        var scene = await SceneAsync();
        var day = Today.AddDays(21);
        var session = await SeedSessionAsync(scene, At(day, 14), At(day, 15));
        var stranger = await App.CreateYouthAsync("Oumar", "Keïta", Today.AddYears(-16), await App.CreateAccountAsync(Roles.YouthWorker));
        await SeedSessionAsync(scene with { Youth = stranger }, At(day, 16), At(day, 17));
        using var client = await SignedInAsync(scene.Worker);

        var week = await client.GetPageAsync($"/Psychologie/Seances?semaine={Iso(day)}");
        using var form = await client.GetAsync("/Psychologie/Seances/Nouvelle");
        var detail = await client.GetPageAsync($"/Psychologie/Seances/{session}");

        week.ShouldContain("Fanta Kouyaté");
        week.ShouldContain("14:00–15:00");
        week.ShouldContain(scene.RoomName);
        week.ShouldContain("Séance de suivi");
        week.ShouldContain("Prévue");
        week.ShouldNotContain("Keïta", customMessage: "a young person the worker does not follow");
        week.ShouldNotContain("Réserver une séance");
        form.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        detail.ShouldContain("Fanta Kouyaté");
        detail.ShouldContain("Réservée");
        detail.ShouldNotContain("Annuler la séance", customMessage: "youth workers book and cancel nothing");
        (await client.GetPageAsync($"/Psychologie/Seances?semaine={Iso(day.AddDays(7))}")).ShouldContain("Aucune séance cette semaine.");
    }

    [Test]
    public async Task A_coordinator_books_through_the_form_and_finds_the_session_in_the_week()
    {
        var scene = await SceneAsync();
        var day = Today.AddDays(22);
        using var client = await SignedInAsync(scene.Coordinator);
        (await client.GetPageAsync("/Psychologie")).ShouldContain("href=\"/Psychologie/Seances\"", customMessage: "the waiting list links to the sessions");
        var form = await client.GetPageAsync("/Psychologie/Seances/Nouvelle");
        form.ShouldContain($"<option value=\"{scene.Youth}\">Fanta Kouyaté</option>");
        form.ShouldContain($"<option value=\"{scene.Room}\">{scene.RoomName}</option>");

        using var booked = await client.SubmitAsync("/Psychologie/Seances/Nouvelle", Fields(scene, day, "10:00", "11:00"));

        booked.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(booked));
        var location = booked.Headers.Location!.OriginalString;
        location.ShouldStartWith("/Psychologie/Seances/");
        var stored = (await SessionsOfYouthAsync(scene.Youth)).ShouldHaveSingleItem();
        location.ShouldBe($"/Psychologie/Seances/{stored.Id}");
        stored.PsychologistId.ShouldBe(scene.Psychologist.Id);
        stored.Start.ShouldBe(At(day, 10));
        stored.End.ShouldBe(At(day, 11));
        stored.Kind.ShouldBe(SessionKind.First);
        stored.InterpreterLanguage.ShouldBe("ps");
        var detail = await client.GetPageAsync(location);
        detail.ShouldContain("La séance est réservée.");
        detail.ShouldContain(day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        var week = await client.GetPageAsync($"/Psychologie/Seances?semaine={Iso(day)}&psychologue={scene.Psychologist.Id}");
        week.ShouldContain("Fanta Kouyaté");
        week.ShouldContain("10:00–11:00");
        week.ShouldContain("Première séance");
        week.ShouldContain("ISM Interprétariat");
        week.ShouldContain($"href=\"/Psychologie/Seances/{stored.Id}\"");
        var otherRoom = await client.GetPageAsync($"/Psychologie/Seances?semaine={Iso(day)}&salle={await RoomAsync()}");
        otherRoom.ShouldNotContain("Fanta Kouyaté", customMessage: "the week of another room");
    }

    [Test]
    public async Task An_overlapping_booking_shows_the_French_message_and_saves_nothing()
    {
        var scene = await SceneAsync();
        var day = Today.AddDays(23);
        var other = await App.CreateYouthAsync("Sekou", "Traoré", Today.AddYears(-17), scene.Worker);
        var existing = await SeedSessionAsync(scene with { Youth = other }, At(day, 10), At(day, 11));
        using var client = await SignedInAsync(scene.Coordinator);

        using var refused = await client.SubmitAsync("/Psychologie/Seances/Nouvelle", Fields(scene, day, "10:30", "11:30"));

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(refused)).ShouldContain(PsychologistTaken);
        var page = await PageClient.TextOf(refused);
        page.ShouldContain("value=\"10:30\"", customMessage: "what was typed is shown again");
        (await SessionsOfYouthAsync(scene.Youth)).ShouldBeEmpty();
        (await SessionsOfPsychologistAsync(scene.Psychologist.Id)).ShouldAllBe(s => s.Id == existing);
    }

    [Test]
    public async Task Cancelling_a_session_requires_a_reason()
    {
        var scene = await SceneAsync();
        var day = Today.AddDays(24);
        var session = await SeedSessionAsync(scene, At(day, 9), At(day, 10));
        using var client = await SignedInAsync(scene.Psychologist);
        var page = $"/Psychologie/Seances/{session}";
        var detail = await client.GetPageAsync(page);
        detail.ShouldContain("Annuler la séance");
        detail.ShouldContain("Vous pourrez indiquer si la séance a eu lieu une fois qu'elle aura commencé.");

        using var refused = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.ExpectedVersion"] = "0", ["Input.Reason"] = "  " },
            $"{page}?handler=Cancel");

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(refused)).ShouldContain("Indiquez pourquoi la séance est annulée.");
        (await StoredAsync(session)).Status.ShouldBe(SessionStatus.Planned);

        using var cancelled = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.ExpectedVersion"] = "0",
            ["Input.Reason"] = "Convocation à la préfecture",
        }, $"{page}?handler=Cancel");

        cancelled.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(cancelled));
        var stored = await StoredAsync(session);
        stored.Status.ShouldBe(SessionStatus.Cancelled);
        stored.CancellationReason.ShouldBe("Convocation à la préfecture");
        var after = await client.GetPageAsync(page);
        after.ShouldContain("La séance est annulée.");
        after.ShouldContain("Convocation à la préfecture");
        after.ShouldNotContain("Pourquoi l'annuler ?", customMessage: "a cancelled session cannot be cancelled again");
    }

    [Test]
    public async Task A_psychologist_sees_their_own_week_by_default_and_books_for_themselves_only()
    {
        var scene = await SceneAsync();
        var day = Today.AddDays(25);
        var colleague = await PsychologistAsync();
        var other = await App.CreateYouthAsync("Moussa", "Cissé", Today.AddYears(-17), scene.Worker, colleague);
        await SeedSessionAsync(scene, At(day, 9), At(day, 10));
        await SeedSessionAsync(new Scene(colleague, scene.Worker, scene.Coordinator, other, scene.Room, scene.RoomName), At(day, 11), At(day, 12));
        using var client = await SignedInAsync(scene.Psychologist);

        var mine = await client.GetPageAsync($"/Psychologie/Seances?semaine={Iso(day)}");
        var form = await client.GetPageAsync("/Psychologie/Seances/Nouvelle");

        mine.ShouldContain("Fanta Kouyaté");
        mine.ShouldNotContain("Moussa Cissé", customMessage: "a colleague's session is not shown by default");
        form.ShouldNotContain("name=\"Input.PsychologistId\"", customMessage: "a psychologist does not choose the psychologist");
    }

    [Test]
    public async Task A_psychologist_fixes_a_first_session_from_the_waiting_list()
    {
        var scene = await SceneAsync();
        var day = Today.AddDays(26);
        var newcomer = await PsychologistAsync();
        var request = await App.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var youth = await db.Youths.SingleAsync(y => y.Id == scene.Youth);
            var made = FollowUpRequest.Make(youth, RequestUrgency.High, "Troubles du sommeil", scene.Worker.Id, DateTimeOffset.UtcNow);
            db.FollowUpRequests.Add(made);
            await db.SaveChangesAsync();
            return made.Id;
        });
        using var client = await SignedInAsync(newcomer);
        var link = $"/Psychologie/Seances/Nouvelle?jeune={scene.Youth}&demande={request}";
        (await client.GetPageAsync("/Psychologie")).ShouldContain($"href=\"{link}\"", customMessage: "the waiting list offers to fix a first session");
        var form = await client.GetPageAsync(link);
        form.ShouldContain("Fanta Kouyaté");
        form.ShouldContain("Cette séance répond à sa demande de suivi");

        using var booked = await client.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Input.YouthId"] = scene.Youth.ToString(),
            ["Input.RequestId"] = request.ToString(),
            ["Input.RoomId"] = scene.Room.ToString(),
            ["Input.Date"] = Iso(day),
            ["Input.StartTime"] = "15:00",
            ["Input.EndTime"] = "16:00",
            ["Input.Kind"] = "First",
        }, "/Psychologie/Seances/Nouvelle");

        booked.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(booked));
        var stored = (await SessionsOfYouthAsync(scene.Youth)).ShouldHaveSingleItem();
        stored.PsychologistId.ShouldBe(newcomer.Id);
        stored.RequestId.ShouldBe(request);
        (await client.GetPageAsync("/Psychologie")).ShouldNotContain($"id=\"demande-{request}\"", customMessage: "the request left the waiting list");
    }

    [Test]
    public async Task A_coordinator_moves_a_session_and_its_history_keeps_the_previous_times()
    {
        var scene = await SceneAsync();
        var day = Today.AddDays(27);
        var session = await SeedSessionAsync(scene, At(day, 10), At(day, 11));
        var otherRoomName = "Salle " + Guid.NewGuid().ToString("N")[..12];
        var otherRoom = await RoomAsync(otherRoomName);
        using var client = await SignedInAsync(scene.Coordinator);
        (await client.GetPageAsync($"/Psychologie/Seances/{session}")).ShouldContain($"href=\"/Psychologie/Seances/{session}/Deplacer\"");
        var form = await client.GetPageAsync($"/Psychologie/Seances/{session}/Deplacer");
        form.ShouldContain("value=\"10:00\"", customMessage: "the form starts from the current hours");
        form.ShouldContain($"value=\"{Iso(day)}\"");

        using var moved = await client.SubmitAsync($"/Psychologie/Seances/{session}/Deplacer",
            MoveFields(otherRoom, day.AddDays(1), "14:00", "15:00"));

        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(moved));
        moved.Headers.Location!.OriginalString.ShouldBe($"/Psychologie/Seances/{session}");
        var stored = await StoredAsync(session);
        (stored.Start, stored.End, stored.RoomId).ShouldBe((At(day.AddDays(1), 14), At(day.AddDays(1), 15), otherRoom));
        var detail = await client.GetPageAsync($"/Psychologie/Seances/{session}");
        detail.ShouldContain("La séance est déplacée.");
        detail.ShouldContain(otherRoomName);
        detail.ShouldContain("Déplacée");
        detail.ShouldContain($"auparavant le {day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}, 10:00–11:00");
    }

    [Test]
    public async Task Moving_onto_a_taken_slot_or_a_stale_version_is_refused_and_changes_nothing()
    {
        var scene = await SceneAsync();
        var day = Today.AddDays(28);
        var session = await SeedSessionAsync(scene, At(day, 10), At(day, 11));
        var other = await App.CreateYouthAsync("Sekou", "Traoré", Today.AddYears(-17), scene.Worker);
        await SeedSessionAsync(scene with { Youth = other }, At(day, 14), At(day, 15));
        using var client = await SignedInAsync(scene.Psychologist);

        using var clash = await client.SubmitAsync($"/Psychologie/Seances/{session}/Deplacer", MoveFields(scene.Room, day, "14:30", "15:30"));
        using var unreadable = await client.SubmitAsync($"/Psychologie/Seances/{session}/Deplacer", MoveFields(scene.Room, day, "", "15:30"));
        var stale = MoveFields(scene.Room, day, "16:00", "17:00");
        stale["Input.ExpectedVersion"] = "7";
        using var conflict = await client.SubmitAsync($"/Psychologie/Seances/{session}/Deplacer", stale);

        clash.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(clash)).ShouldContain(PsychologistTaken);
        (await PageClient.TextOf(clash)).ShouldContain("value=\"14:30\"", customMessage: "what was typed is shown again");
        (await PageClient.ErrorsOf(unreadable)).ShouldContain("Indiquez l'heure de début (hh:mm).");
        conflict.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.TextOf(conflict)).ShouldContain("Rechargez la page");
        var stored = await StoredAsync(session);
        (stored.Start, stored.End, stored.Version).ShouldBe((At(day, 10), At(day, 11), 0));
    }

    [Test]
    public async Task Only_those_who_act_for_the_psychologist_may_move_a_session()
    {
        var scene = await SceneAsync();
        var day = Today.AddDays(29);
        var colleague = await PsychologistAsync();
        var shared = await App.CreateYouthAsync("Awa", "Diallo", Today.AddYears(-16), scene.Worker, scene.Psychologist, colleague);
        var session = await SeedSessionAsync(scene with { Youth = shared }, At(day, 10), At(day, 11));
        using var worker = await SignedInAsync(scene.Worker);
        using var other = await SignedInAsync(colleague);

        using var byWorker = await worker.GetAsync($"/Psychologie/Seances/{session}/Deplacer");
        using var byColleague = await other.SubmitAsync("/Psychologie/Seances/Nouvelle", MoveFields(scene.Room, day, "12:00", "13:00"),
            $"/Psychologie/Seances/{session}/Deplacer");

        byWorker.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byColleague.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "a colleague who follows the young person sees the session but does not move it");
        (await other.GetPageAsync($"/Psychologie/Seances/{session}")).ShouldNotContain("/Deplacer");
        (await worker.GetPageAsync($"/Psychologie/Seances/{session}")).ShouldNotContain("/Deplacer");
        (await StoredAsync(session)).Start.ShouldBe(At(day, 10));
    }

    [Test]
    public async Task The_day_list_shows_the_sessions_of_that_day_in_order_and_only_those_one_may_see()
    {
        var scene = await SceneAsync();
        var day = Today.AddDays(30);
        var colleague = await PsychologistAsync();
        var other = await App.CreateYouthAsync("Mariam", "Sow", Today.AddYears(-17), await App.CreateAccountAsync(Roles.YouthWorker), colleague);
        await SeedSessionAsync(scene, At(day, 15), At(day, 16));
        await SeedSessionAsync(new Scene(colleague, scene.Worker, scene.Coordinator, other, scene.Room, scene.RoomName), At(day, 9), At(day, 10));
        await SeedSessionAsync(scene, At(day.AddDays(1), 9), At(day.AddDays(1), 10));
        using var coordinator = await SignedInAsync(scene.Coordinator);
        using var worker = await SignedInAsync(scene.Worker);

        var all = await coordinator.GetPageAsync($"/Psychologie/Seances/Jour?jour={Iso(day)}");
        var followed = await worker.GetPageAsync($"/Psychologie/Seances/Jour?jour={Iso(day)}");

        all.ShouldContain(day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        all.IndexOf("Mariam Sow", StringComparison.Ordinal).ShouldBeLessThan(all.IndexOf("Fanta Kouyaté", StringComparison.Ordinal), "09:00 comes first");
        all.ShouldContain("15:00–16:00");
        all.Split("Fanta Kouyaté").Length.ShouldBe(2, "the next day's session is not listed");
        followed.ShouldContain("Fanta Kouyaté");
        followed.ShouldNotContain("Mariam Sow", customMessage: "a young person the worker does not follow");
        (await worker.GetPageAsync($"/Psychologie/Seances/Jour?jour={Iso(day.AddDays(2))}")).ShouldContain("Aucune séance ce jour-là.");
    }

    [TestCase("/Psychologie/Seances/Jour?jour=9999-12-31")]
    [TestCase("/Psychologie/Seances/Jour?jour=0001-01-01")]
    [TestCase("/Psychologie/Seances?semaine=9999-12-31")]
    [TestCase("/Psychologie/Seances?semaine=0001-01-01")]
    public async Task A_date_out_of_range_in_the_address_shows_today_instead_of_failing(string path)
    {
        var scene = await SceneAsync();
        using var client = await SignedInAsync(scene.Coordinator);

        var page = await client.GetPageAsync(path);

        page.ShouldContain(Today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture).Substring(3), customMessage: "the current month is shown");
    }

    [Test]
    public async Task Opening_a_session_is_written_to_the_audit_log()
    {
        var scene = await SceneAsync();
        var session = await SeedSessionAsync(scene, At(Today.AddDays(31), 10), At(Today.AddDays(31), 11));
        using var client = await SignedInAsync(scene.Worker);

        await client.GetPageAsync($"/Psychologie/Seances/{session}");

        var reads = await App.WithServiceAsync<int, RemivDbContext>(db =>
            db.AuditEntries.CountAsync(a => a.Action == "psychology.session-read" && a.TargetId == session.ToString() && a.ActorId == scene.Worker.Id));
        reads.ShouldBe(1);
    }

    private static Dictionary<string, string> MoveFields(Guid room, DateOnly day, string start, string end) => new()
    {
        ["Input.ExpectedVersion"] = "0",
        ["Input.RoomId"] = room.ToString(),
        ["Input.Date"] = Iso(day),
        ["Input.StartTime"] = start,
        ["Input.EndTime"] = end,
    };

    private static Dictionary<string, string> Fields(Scene scene, DateOnly day, string start, string end) => new()
    {
        ["Input.YouthId"] = scene.Youth.ToString(),
        ["Input.PsychologistId"] = scene.Psychologist.Id.ToString(),
        ["Input.RoomId"] = scene.Room.ToString(),
        ["Input.Date"] = Iso(day),
        ["Input.StartTime"] = start,
        ["Input.EndTime"] = end,
        ["Input.Kind"] = "First",
        ["Input.InterpreterLanguage"] = "ps",
        ["Input.InterpreterBooking"] = "ISM Interprétariat",
    };

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A Paris wall-clock time, as an instant.</summary>
    private static DateTimeOffset At(DateOnly day, int hour, int minute = 0) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, minute)), Paris), TimeSpan.Zero);

    private async Task<PageClient> SignedInAsync(TestAccount account)
    {
        var client = App.CreatePageClient();
        await client.SignInAsync(account);
        return client;
    }

    /// <summary>A psychologist receiving every day from 9:00 to 18:00 (Paris).</summary>
    private Task<TestAccount> PsychologistAsync() => App.CreatePsychologistAsync();

    private Task<Guid> RoomAsync(string? name = null) => App.WithServiceAsync<Guid, RemivDbContext>(async db =>
    {
        var room = Room.Create(name ?? "Salle " + Guid.NewGuid().ToString("N")[..12], null);
        db.Rooms.Add(room);
        await db.SaveChangesAsync();
        return room.Id;
    });

    private async Task<Scene> SceneAsync()
    {
        var psychologist = await PsychologistAsync();
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var youth = await App.CreateYouthAsync("Fanta", "Kouyaté", Today.AddYears(-16), worker, psychologist);
        var roomName = "Salle " + Guid.NewGuid().ToString("N")[..12];
        return new Scene(psychologist, worker, coordinator, youth, await RoomAsync(roomName), roomName);
    }

    /// <summary>Stores a planned follow-up session directly.</summary>
    private Task<Guid> SeedSessionAsync(Scene scene, DateTimeOffset start, DateTimeOffset end) =>
        App.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var session = Session.Book(scene.Youth, scene.Psychologist.Id, scene.Room, start, end, SessionKind.FollowUp, null, null, null,
                scene.Psychologist.Id, DateTimeOffset.UtcNow);
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

    private Task<Session> StoredAsync(Guid id) =>
        App.WithServiceAsync<Session, RemivDbContext>(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == id));

    private Task<List<Session>> SessionsOfYouthAsync(Guid youth) =>
        App.WithServiceAsync<List<Session>, RemivDbContext>(db => db.Sessions.AsNoTracking().Where(s => s.YouthId == youth).ToListAsync());

    private Task<List<Session>> SessionsOfPsychologistAsync(Guid psychologist) =>
        App.WithServiceAsync<List<Session>, RemivDbContext>(db => db.Sessions.AsNoTracking().Where(s => s.PsychologistId == psychologist).ToListAsync());

    private sealed record Scene(TestAccount Psychologist, TestAccount Worker, TestAccount Coordinator, Guid Youth, Guid Room, string RoomName);
}

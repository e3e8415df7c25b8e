using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Notifications;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// Psychological sessions through the API, the real pipeline and database: booking within the psychologist's hours and
/// nowhere else (absences, the past, an archived file, a withdrawn room, a clash of the psychologist, the room or the
/// young person, each with its French message and nothing saved); Europe/Paris hours across the change to summer time;
/// two people booking the same slot at the same moment (one session, one refusal); who may do what, role by role; the
/// waiting list's request scheduled and its psychologist joining the follow-up group. Every test uses people, rooms and
/// young people of its own: the fixture's database is shared.
/// </summary>
public sealed class SessionApiTests(string provider) : FunctionalFixture(provider)
{
    public enum Caller
    {
        Anonymous,
        Admin,
        Coordinator,

        /// <summary>A youth worker in the young person's follow-up group.</summary>
        WorkerInGroup,

        /// <summary>A youth worker who does not follow the young person.</summary>
        WorkerOutside,

        /// <summary>The session's psychologist (who follows the young person).</summary>
        OwnPsychologist,

        /// <summary>Another psychologist, who does not follow the young person.</summary>
        OtherPsychologist,
    }

    private const string Book = "POST /psychology/sessions";
    private const string List = "GET /psychology/sessions";
    private const string Get = "GET /psychology/sessions/{id}";
    private const string Schedule = "PUT /psychology/sessions/{id}/schedule";
    private const string Cancel = "POST /psychology/sessions/{id}/cancel";
    private const string Outcome = "POST /psychology/sessions/{id}/outcome";

    private const string Unavailable = "La psychologue ne reçoit pas à cette heure-là (en dehors de ses créneaux, ou absente ce jour-là) : choisissez un autre créneau.";
    private const string Past = "Cette heure est déjà passée : choisissez un créneau à venir.";
    private const string Archived = "Ce dossier est archivé : il ne peut plus être modifié.";
    private const string TooFar = "Une séance se réserve au plus deux ans à l'avance : choisissez une date plus proche.";
    private const string RoomWithdrawn = "Cette salle n'est plus en service : choisissez-en une autre.";
    private const string PsychologistTaken = "La psychologue a déjà une séance à cette heure-là.";
    private const string RoomTaken = "La salle est déjà prise à cette heure-là.";
    private const string YouthTaken = "Ce jeune a déjà une séance à cette heure-là.";

    /// <summary>
    /// The specification. The session started ten minutes ago (so that its outcome may be recorded) and is moved to a
    /// future slot. 404 where the caller may use the function but may not see that session; 403 where the role may not use
    /// it, or may not act for that psychologist.
    /// </summary>
    private static readonly (Caller Caller, string Endpoint, HttpStatusCode Expected)[] Matrix =
    [
        .. Row(Caller.Anonymous, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized),
        .. Row(Caller.Admin, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        .. Row(Caller.Coordinator, HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK),
        .. Row(Caller.WorkerInGroup, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden),
        .. Row(Caller.WorkerOutside, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.Forbidden),
        .. Row(Caller.OwnPsychologist, HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK),
        .. Row(Caller.OtherPsychologist, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
    ];

    /// <summary>The hub's day (Europe/Paris).</summary>
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Paris).DateTime);

    private static TimeZoneInfo Paris { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static IEnumerable<TestCaseData> Specification() => Matrix.Select(r => new TestCaseData(r.Caller, r.Endpoint, r.Expected));

    [TestCaseSource(nameof(Specification))]
    public async Task Each_role_gets_the_specified_answer_on_each_session_endpoint(Caller caller, string endpoint, HttpStatusCode expected)
    {
        var psychologist = await PsychologistAsync();
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Mamadou", "Diallo", Today.AddYears(-16), worker, psychologist);
        var room = await RoomAsync();
        var started = DateTimeOffset.UtcNow.AddMinutes(-10);
        var session = await SeedSessionAsync(youth, psychologist.Id, room, started, started.AddHours(1));
        var account = caller switch
        {
            Caller.Anonymous => null,
            Caller.Admin => await App.CreateAccountAsync(Roles.Admin),
            Caller.Coordinator => await App.CreateAccountAsync(Roles.Coordinator),
            Caller.WorkerInGroup => worker,
            Caller.WorkerOutside => await App.CreateAccountAsync(Roles.YouthWorker),
            Caller.OwnPsychologist => psychologist,
            Caller.OtherPsychologist => await PsychologistAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(caller)),
        };
        using var client = await ApiClientAsync(account);
        var day = Today.AddDays(30);

        using var response = endpoint switch
        {
            Book => await client.Http.PostAsJsonAsync(Api("psychology/sessions"),
                BookBody(youth, psychologist.Id, room, At(day, 10), At(day, 11))),
            List => await client.GetAsync($"/api/v1/psychology/sessions?from={Query(started.AddDays(-1))}&to={Query(started.AddDays(1))}"),
            Get => await client.GetAsync($"/api/v1/psychology/sessions/{session}"),
            Schedule => await client.Http.PutAsJsonAsync(Api($"psychology/sessions/{session}/schedule"),
                new { expectedVersion = 0, roomId = room, start = At(day, 14), end = At(day, 15) }),
            Cancel => await client.Http.PostAsJsonAsync(Api($"psychology/sessions/{session}/cancel"), new { expectedVersion = 0, reason = "Rendez-vous à la préfecture" }),
            Outcome => await client.Http.PostAsJsonAsync(Api($"psychology/sessions/{session}/outcome"), new { expectedVersion = 0, outcome = "Held" }),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "Not in the specification."),
        };

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        if (expected is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }

        var succeeded = expected is HttpStatusCode.OK or HttpStatusCode.Created;
        var stored = await StoredAsync(session);
        switch (endpoint)
        {
            case Book:
                (await SessionsOfYouthAsync(youth)).Count.ShouldBe(succeeded ? 2 : 1);
                break;
            case List when succeeded:
                var ids = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray()
                    .Select(i => i.GetProperty("id").GetGuid()).ToList();
                if (caller is Caller.WorkerOutside or Caller.OtherPsychologist)
                {
                    ids.ShouldNotContain(session);
                }
                else
                {
                    ids.ShouldContain(session);
                }

                break;
            case Get when succeeded:
                var detail = await response.Content.ReadFromJsonAsync<JsonElement>();
                detail.GetProperty("session").GetProperty("youthLastName").GetString().ShouldBe("Diallo");
                detail.GetProperty("session").GetProperty("roomId").GetGuid().ShouldBe(room);
                detail.ToString().ShouldNotContain("note", Case.Insensitive);
                break;
            case Schedule:
                stored.Start.ShouldBe(succeeded ? At(day, 14) : started, TimeSpan.FromMilliseconds(1));
                break;
            case Cancel:
                stored.Status.ShouldBe(succeeded ? SessionStatus.Cancelled : SessionStatus.Planned);
                break;
            case Outcome:
                stored.Status.ShouldBe(succeeded ? SessionStatus.Held : SessionStatus.Planned);
                break;
        }
    }

    [Test]
    public async Task A_coordinator_books_within_the_psychologists_hours_and_everyone_concerned_sees_the_session()
    {
        var scene = await SceneAsync();
        var day = Today.AddDays(20);

        using var response = await scene.Coordinator.Http.PostAsJsonAsync(Api("psychology/sessions"),
            BookBody(scene.Youth, scene.Psychologist.Id, scene.Room, At(day, 10), At(day, 11), interpreterLanguage: "ps", interpreterBooking: "ISM Interprétariat"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        response.Headers.Location!.OriginalString.ShouldBe($"/api/v1/psychology/sessions/{id:D}");
        using var worker = await ApiClientAsync(scene.Worker);
        var detail = await worker.Http.GetFromJsonAsync<JsonElement>(Api($"psychology/sessions/{id}"));
        var session = detail.GetProperty("session");
        session.GetProperty("start").GetDateTimeOffset().ShouldBe(At(day, 10));
        session.GetProperty("end").GetDateTimeOffset().ShouldBe(At(day, 11));
        session.GetProperty("psychologistName").GetString().ShouldBe("Compte Psychologist");
        session.GetProperty("roomName").GetString().ShouldStartWith("Salle ");
        session.GetProperty("interpreterLanguage").GetString().ShouldBe("ps");
        session.GetProperty("interpreterBooking").GetString().ShouldBe("ISM Interprétariat");
        session.GetProperty("status").GetString().ShouldBe("Planned");
        session.GetProperty("kind").GetString().ShouldBe("First");
        detail.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()).ShouldBe(["Booked"]);
        using var psychologist = await ApiClientAsync(scene.Psychologist);
        var mine = await psychologist.Http.GetFromJsonAsync<JsonElement>(
            Api($"psychology/sessions?from={Query(At(day, 0))}&to={Query(At(day.AddDays(1), 0))}&psychologistId={scene.Psychologist.Id}"));
        mine.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([id]);
    }

    public static IEnumerable<TestCaseData> Refusals()
    {
        yield return new TestCaseData("outside the hours", Unavailable).SetName("Booking {0} is refused");
        yield return new TestCaseData("during an absence", Unavailable).SetName("Booking {0} is refused");
        yield return new TestCaseData("in the past", Past).SetName("Booking {0} is refused");
        yield return new TestCaseData("for an archived young person", Archived).SetName("Booking {0} is refused");
        yield return new TestCaseData("in a withdrawn room", RoomWithdrawn).SetName("Booking {0} is refused");
        yield return new TestCaseData("when the psychologist is taken", PsychologistTaken).SetName("Booking {0} is refused");
        yield return new TestCaseData("when the room is taken", RoomTaken).SetName("Booking {0} is refused");
        yield return new TestCaseData("when the young person is taken", YouthTaken).SetName("Booking {0} is refused");
        yield return new TestCaseData("more than two years ahead", TooFar).SetName("Booking {0} is refused");
    }

    [TestCaseSource(nameof(Refusals))]
    public async Task Booking_is_refused_with_its_french_message_and_nothing_is_saved(string situation, string message)
    {
        var scene = await SceneAsync();
        var day = Today.AddDays(21);
        var (youth, psychologist, room) = (scene.Youth, scene.Psychologist.Id, scene.Room);
        var (start, end) = (At(day, 10), At(day, 11));
        var existing = Guid.Empty;
        switch (situation)
        {
            case "outside the hours":
                (start, end) = (At(day, 18, 30), At(day, 19, 30));
                break;
            case "during an absence":
                (start, end) = (At(scene.AbsenceDay, 10), At(scene.AbsenceDay, 11));
                break;
            case "in the past":
                (start, end) = (At(Today.AddDays(-1), 10), At(Today.AddDays(-1), 11));
                break;
            case "more than two years ahead":
                (start, end) = (At(Today.AddYears(3), 10), At(Today.AddYears(3), 11));
                break;
            case "for an archived young person":
                await App.WithServiceAsync<int, RemivDbContext>(async db =>
                {
                    var file = await db.Youths.SingleAsync(y => y.Id == youth);
                    file.Archive(Today, Remiv.Domain.Youths.ExitReason.MovedAway, "Parti à Lyon", null, Today, DateTimeOffset.UtcNow);
                    return await db.SaveChangesAsync();
                });
                break;
            case "in a withdrawn room":
                await App.WithServiceAsync<int, RemivDbContext>(async db =>
                {
                    var stored = await db.Rooms.SingleAsync(r => r.Id == room);
                    stored.Update(stored.Name, null, isActive: false);
                    return await db.SaveChangesAsync();
                });
                break;
            case "when the psychologist is taken":
                existing = await SeedSessionAsync(await OtherYouthAsync(scene), psychologist, await RoomAsync(), At(day, 9, 30), At(day, 10, 30));
                break;
            case "when the room is taken":
                existing = await SeedSessionAsync(await OtherYouthAsync(scene), (await PsychologistAsync()).Id, room, At(day, 10, 45), At(day, 12));
                break;
            case "when the young person is taken":
                existing = await SeedSessionAsync(youth, (await PsychologistAsync()).Id, await RoomAsync(), At(day, 10, 15), At(day, 10, 45));
                break;
        }

        using var response = await scene.Coordinator.Http.PostAsJsonAsync(Api("psychology/sessions"), BookBody(youth, psychologist, room, start, end));

        (await MessagesAsync(response)).ShouldBe([message]);
        (await SessionsOfYouthAsync(youth)).ShouldAllBe(s => s.Id == existing);
        (await SessionsOfPsychologistAsync(psychologist)).ShouldAllBe(s => s.Id == existing);
    }

    [Test]
    public async Task Sessions_may_touch_end_to_start_for_the_same_psychologist_room_and_young_person()
    {
        var scene = await SceneAsync();
        var day = Today.AddDays(22);
        var first = await SeedSessionAsync(scene.Youth, scene.Psychologist.Id, scene.Room, At(day, 10), At(day, 11));

        using var before = await scene.Coordinator.Http.PostAsJsonAsync(Api("psychology/sessions"),
            BookBody(scene.Youth, scene.Psychologist.Id, scene.Room, At(day, 9), At(day, 10)));
        using var after = await scene.Coordinator.Http.PostAsJsonAsync(Api("psychology/sessions"),
            BookBody(scene.Youth, scene.Psychologist.Id, scene.Room, At(day, 11), At(day, 12)));

        before.StatusCode.ShouldBe(HttpStatusCode.Created, await before.Content.ReadAsStringAsync());
        after.StatusCode.ShouldBe(HttpStatusCode.Created, await after.Content.ReadAsStringAsync());
        (await SessionsOfYouthAsync(scene.Youth)).Count.ShouldBe(3);
        (await StoredAsync(first)).Status.ShouldBe(SessionStatus.Planned);
    }

    [Test]
    public async Task A_slot_on_the_day_summer_time_starts_is_read_in_paris_time()
    {
        // 28/03/2027: Paris goes from UTC+1 to UTC+2 at 2:00. The psychologist receives on Sundays from 9:00 to 12:00.
        var sunday = new DateOnly(2027, 3, 28);
        sunday.DayOfWeek.ShouldBe(DayOfWeek.Sunday);
        var scene = await SceneAsync() with { Psychologist = await PsychologistAsync(days: [DayOfWeek.Sunday], until: 12) };
        await App.WithServiceAsync<int, RemivDbContext>(async db =>
        {
            (await db.Youths.SingleAsync(y => y.Id == scene.Youth)).AddToGroup(scene.Psychologist.Id, Today);
            return await db.SaveChangesAsync();
        });

        using var ten = await scene.Coordinator.Http.PostAsJsonAsync(Api("psychology/sessions"),
            BookBody(scene.Youth, scene.Psychologist.Id, scene.Room, new DateTimeOffset(2027, 3, 28, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 28, 9, 0, 0, TimeSpan.Zero)));
        // 10:30–11:00 UTC is 12:30–13:00 in Paris that day: outside the hours (it would be 11:30–12:00 with the winter offset).
        using var afternoon = await scene.Coordinator.Http.PostAsJsonAsync(Api("psychology/sessions"),
            BookBody(scene.Youth, scene.Psychologist.Id, scene.Room, new DateTimeOffset(2027, 3, 28, 10, 30, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 28, 11, 0, 0, TimeSpan.Zero)));

        ten.StatusCode.ShouldBe(HttpStatusCode.Created, await ten.Content.ReadAsStringAsync());
        var stored = (await SessionsOfYouthAsync(scene.Youth)).Single();
        stored.Start.ShouldBe(new DateTimeOffset(2027, 3, 28, 10, 0, 0, TimeSpan.FromHours(2)));
        TimeZoneInfo.ConvertTime(stored.Start, Paris).Hour.ShouldBe(10);
        (await MessagesAsync(afternoon)).ShouldBe([Unavailable], "10:30–11:00 UTC is 12:30–13:00 in Paris with summer time");
    }

    [TestCase(3)]
    public async Task Two_people_booking_the_same_psychologist_at_the_same_moment_get_one_session_and_one_refusal(int rounds)
    {
        var scene = await SceneAsync();
        var otherCoordinator = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));
        for (var round = 0; round < rounds; round++)
        {
            // Different rooms and young people: only the psychologist is shared. The first round creates the schedule rows.
            var day = Today.AddDays(40 + round);
            var otherYouth = await OtherYouthAsync(scene);
            var otherRoom = await RoomAsync();
            var responses = await Task.WhenAll(
                scene.Coordinator.Http.PostAsJsonAsync(Api("psychology/sessions"), BookBody(scene.Youth, scene.Psychologist.Id, scene.Room, At(day, 10), At(day, 11))),
                otherCoordinator.Http.PostAsJsonAsync(Api("psychology/sessions"), BookBody(otherYouth, scene.Psychologist.Id, otherRoom, At(day, 10, 30), At(day, 11, 30))));

            var statuses = responses.Select(r => r.StatusCode).ToList();
            statuses.Count(s => s == HttpStatusCode.Created).ShouldBe(1, string.Join(", ", statuses));
            var refused = responses.Single(r => r.StatusCode != HttpStatusCode.Created);
            refused.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.Conflict);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            if (refused.StatusCode == HttpStatusCode.BadRequest)
            {
                problem.GetProperty("errors").EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(m => m.GetString()).ShouldBe([PsychologistTaken]);
            }
            else
            {
                problem.GetProperty("title").GetString()!.ShouldContain("Rechargez la page");
            }

            (await SessionsOfPsychologistAsync(scene.Psychologist.Id)).Count(s => HubDay(s.Start) == day).ShouldBe(1);
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }

        otherCoordinator.Dispose();
    }

    [Test]
    public async Task A_psychologist_books_from_the_waiting_list_the_request_is_scheduled_and_they_join_the_follow_up_group()
    {
        var scene = await SceneAsync();
        var newcomer = await PsychologistAsync();
        var youth = await OtherYouthAsync(scene);
        var request = await App.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var file = await db.Youths.SingleAsync(y => y.Id == youth);
            var made = FollowUpRequest.Make(file, RequestUrgency.High, "Cauchemars depuis la traversée", scene.Worker.Id, DateTimeOffset.UtcNow);
            db.FollowUpRequests.Add(made);
            await db.SaveChangesAsync();
            return made.Id;
        });
        using var psychologist = await ApiClientAsync(newcomer);
        var day = Today.AddDays(23);
        (await psychologist.GetAsync($"/api/v1/psychology/sessions?from={Query(At(day, 0))}&to={Query(At(day.AddDays(1), 0))}&youthId={youth}"))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        using var booked = await psychologist.Http.PostAsJsonAsync(Api("psychology/sessions"),
            BookBody(youth, newcomer.Id, scene.Room, At(day, 10), At(day, 11), requestId: request));

        booked.StatusCode.ShouldBe(HttpStatusCode.Created, await booked.Content.ReadAsStringAsync());
        var stored = (await SessionsOfYouthAsync(youth)).Single();
        stored.RequestId.ShouldBe(request);
        stored.CreatedBy.ShouldBe(newcomer.Id);
        var (status, followed) = await App.WithServiceAsync<(RequestStatus, bool), RemivDbContext>(async db =>
            ((await db.FollowUpRequests.SingleAsync(r => r.Id == request)).Status, (await db.Youths.SingleAsync(y => y.Id == youth)).IsFollowedBy(newcomer.Id)));
        status.ShouldBe(RequestStatus.Scheduled);
        followed.ShouldBeTrue();
        (await psychologist.GetAsync($"/api/v1/youths/{youth}")).StatusCode.ShouldBe(HttpStatusCode.OK, "the psychologist now follows the young person");
    }

    [Test]
    public async Task A_psychologist_cannot_book_a_young_person_they_do_not_follow_who_waits_for_nothing_nor_for_a_colleague()
    {
        var scene = await SceneAsync();
        var outsider = await PsychologistAsync();
        using var client = await ApiClientAsync(outsider);
        var day = Today.AddDays(24);

        using var notFollowed = await client.Http.PostAsJsonAsync(Api("psychology/sessions"), BookBody(scene.Youth, outsider.Id, scene.Room, At(day, 10), At(day, 11)));
        using var forColleague = await client.Http.PostAsJsonAsync(Api("psychology/sessions"), BookBody(scene.Youth, scene.Psychologist.Id, scene.Room, At(day, 10), At(day, 11)));

        notFollowed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        forColleague.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await SessionsOfYouthAsync(scene.Youth)).ShouldBeEmpty();
    }

    [Test]
    public async Task A_psychologist_may_not_use_someones_waiting_request_to_book_an_ordinary_session_without_answering_it()
    {
        var scene = await SceneAsync();
        var newcomer = await PsychologistAsync();
        var youth = await OtherYouthAsync(scene);
        await WaitingRequestAsync(scene, youth);
        using var psychologist = await ApiClientAsync(newcomer);
        var day = Today.AddDays(23);

        using var booked = await psychologist.Http.PostAsJsonAsync(Api("psychology/sessions"), BookBody(youth, newcomer.Id, scene.Room, At(day, 10), At(day, 11)));

        booked.StatusCode.ShouldBe(HttpStatusCode.NotFound, "only the session answering the waiting request opens the file to them");
        (await SessionsOfYouthAsync(youth)).ShouldBeEmpty();
        (await App.WithServiceAsync<bool, RemivDbContext>(async db => (await db.Youths.SingleAsync(y => y.Id == youth)).IsFollowedBy(newcomer.Id))).ShouldBeFalse();
    }

    [Test]
    public async Task Cancelling_the_first_session_booked_from_the_waiting_list_puts_the_request_back_at_its_place()
    {
        var scene = await SceneAsync();
        var youth = await OtherYouthAsync(scene);
        var request = await WaitingRequestAsync(scene, youth);
        var day = Today.AddDays(23);
        using var booked = await scene.Coordinator.Http.PostAsJsonAsync(Api("psychology/sessions"),
            BookBody(youth, scene.Psychologist.Id, scene.Room, At(day, 10), At(day, 11), requestId: request));
        booked.StatusCode.ShouldBe(HttpStatusCode.Created, await booked.Content.ReadAsStringAsync());
        var session = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await RequestAsync(request)).Status.ShouldBe(RequestStatus.Scheduled);

        using var cancelled = await scene.Coordinator.Http.PostAsJsonAsync(Api($"psychology/sessions/{session}/cancel"),
            new { expectedVersion = 0, reason = "La psychologue est malade" });

        cancelled.StatusCode.ShouldBe(HttpStatusCode.OK, await cancelled.Content.ReadAsStringAsync());
        var reopened = await RequestAsync(request);
        reopened.Status.ShouldBe(RequestStatus.Waiting);
        reopened.ClosedAt.ShouldBeNull();
        var list = await scene.Coordinator.Http.GetFromJsonAsync<JsonElement>(Api("psychology/waiting-list"));
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldContain(request);
    }

    [Test]
    public async Task Archiving_a_file_cancels_its_sessions_to_come_and_a_session_of_an_archived_file_cannot_be_moved()
    {
        var scene = await SceneAsync();
        var day = Today.AddDays(28);
        var coming = await SeedSessionAsync(scene.Youth, scene.Psychologist.Id, scene.Room, At(day, 10), At(day, 11));
        using var archived = await scene.Coordinator.Http.PostAsJsonAsync(Api($"youths/{scene.Youth}/archive"),
            new { expectedVersion = await App.WithServiceAsync<int, RemivDbContext>(async db => (await db.Youths.SingleAsync(y => y.Id == scene.Youth)).Version),
                  date = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reason = "Parti à Lyon" });
        archived.StatusCode.ShouldBe(HttpStatusCode.OK, await archived.Content.ReadAsStringAsync());

        var stored = await StoredAsync(coming);
        stored.Status.ShouldBe(SessionStatus.Cancelled);
        stored.CancellationReason.ShouldBe("Dossier archivé.");
        stored.CancelledBy.ShouldBe(scene.CoordinatorAccount.Id);
        (await App.WithServiceAsync<List<Guid>, RemivDbContext>(db =>
                db.Notifications.Where(n => n.SessionId == coming && n.Kind == NotificationKind.SessionCancelled).Select(n => n.UserId).ToListAsync()))
            .ShouldContain(scene.Psychologist.Id, "the psychologist is told");

        var other = await SeedSessionAsync(scene.Youth, scene.Psychologist.Id, scene.Room, At(day, 14), At(day, 15));
        using var moved = await scene.Coordinator.Http.PutAsJsonAsync(Api($"psychology/sessions/{other}/schedule"),
            new { expectedVersion = 0, roomId = scene.Room, start = At(day, 16), end = At(day, 17) });
        (await MessagesAsync(moved)).ShouldBe([Archived]);
        (await StoredAsync(other)).Start.ShouldBe(At(day, 14));
    }

    private Task<Guid> WaitingRequestAsync(Scene scene, Guid youth) => App.WithServiceAsync<Guid, RemivDbContext>(async db =>
    {
        var made = FollowUpRequest.Make(await db.Youths.SingleAsync(y => y.Id == youth), RequestUrgency.High, "Cauchemars depuis la traversée",
            scene.Worker.Id, DateTimeOffset.UtcNow);
        db.FollowUpRequests.Add(made);
        await db.SaveChangesAsync();
        return made.Id;
    });

    private Task<FollowUpRequest> RequestAsync(Guid id) =>
        App.WithServiceAsync<FollowUpRequest, RemivDbContext>(db => db.FollowUpRequests.AsNoTracking().SingleAsync(r => r.Id == id));

    [Test]
    public async Task Moving_a_session_checks_the_new_slot_keeps_the_old_times_and_refuses_a_stale_version()
    {
        var scene = await SceneAsync();
        var day = Today.AddDays(25);
        var session = await SeedSessionAsync(scene.Youth, scene.Psychologist.Id, scene.Room, At(day, 10), At(day, 11));
        await SeedSessionAsync(await OtherYouthAsync(scene), scene.Psychologist.Id, await RoomAsync(), At(day, 14), At(day, 15));

        using var onOther = await scene.Coordinator.Http.PutAsJsonAsync(Api($"psychology/sessions/{session}/schedule"),
            new { expectedVersion = 0, roomId = scene.Room, start = At(day, 14, 30), end = At(day, 15, 30) });
        using var overItself = await scene.Coordinator.Http.PutAsJsonAsync(Api($"psychology/sessions/{session}/schedule"),
            new { expectedVersion = 0, roomId = scene.Room, start = At(day, 10, 30), end = At(day, 11, 30) });
        using var stale = await scene.Coordinator.Http.PutAsJsonAsync(Api($"psychology/sessions/{session}/schedule"),
            new { expectedVersion = 0, roomId = scene.Room, start = At(day, 16), end = At(day, 17) });

        (await MessagesAsync(onOther)).ShouldBe([PsychologistTaken]);
        overItself.StatusCode.ShouldBe(HttpStatusCode.OK, await overItself.Content.ReadAsStringAsync());
        (await overItself.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().ShouldBe(1);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var detail = await scene.Coordinator.Http.GetFromJsonAsync<JsonElement>(Api($"psychology/sessions/{session}"));
        detail.GetProperty("session").GetProperty("start").GetDateTimeOffset().ShouldBe(At(day, 10, 30));
        var moved = detail.GetProperty("history").EnumerateArray().Last();
        moved.GetProperty("kind").GetString().ShouldBe("Rescheduled");
        moved.GetProperty("previousStart").GetDateTimeOffset().ShouldBe(At(day, 10));
        moved.GetProperty("previousEnd").GetDateTimeOffset().ShouldBe(At(day, 11));
    }

    [Test]
    public async Task A_cancelled_session_frees_its_slot_and_needs_a_reason()
    {
        var scene = await SceneAsync();
        var day = Today.AddDays(26);
        var session = await SeedSessionAsync(scene.Youth, scene.Psychologist.Id, scene.Room, At(day, 10), At(day, 11));

        using var withoutReason = await scene.Coordinator.Http.PostAsJsonAsync(Api($"psychology/sessions/{session}/cancel"), new { expectedVersion = 0 });
        using var cancelled = await scene.Coordinator.Http.PostAsJsonAsync(Api($"psychology/sessions/{session}/cancel"), new { expectedVersion = 0, reason = "Audience au tribunal" });
        using var again = await scene.Coordinator.Http.PostAsJsonAsync(Api("psychology/sessions"),
            BookBody(scene.Youth, scene.Psychologist.Id, scene.Room, At(day, 10), At(day, 11)));
        using var outcomeTooEarly = await scene.Coordinator.Http.PostAsJsonAsync(Api($"psychology/sessions/{session}/outcome"), new { expectedVersion = 1, outcome = "Held" });

        (await MessagesAsync(withoutReason)).ShouldBe(["Indiquez pourquoi la séance est annulée."]);
        cancelled.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.StatusCode.ShouldBe(HttpStatusCode.Created, await again.Content.ReadAsStringAsync());
        (await MessagesAsync(outcomeTooEarly)).ShouldBe(["Cette séance n'est plus prévue (tenue, manquée ou annulée) : rechargez la page."]);
        var stored = await StoredAsync(session);
        stored.CancellationReason.ShouldBe("Audience au tribunal");
        stored.CancelledBy.ShouldBe(scene.CoordinatorAccount.Id);
    }

    [TestCase("from=2027-01-10T00:00:00Z&to=2027-01-01T00:00:00Z", "La fin de la période doit venir après son début.")]
    [TestCase("", "La fin de la période doit venir après son début.")]
    [TestCase("from=2027-01-01T00:00:00Z&to=2028-06-01T00:00:00Z", "Choisissez une période d'un an au plus.")]
    public async Task A_bad_period_or_a_bad_body_is_a_problem_not_a_failure(string query, string message)
    {
        var scene = await SceneAsync();

        using var list = await scene.Coordinator.GetAsync($"/api/v1/psychology/sessions?{query}");
        using var empty = await scene.Coordinator.Http.PostAsJsonAsync(Api("psychology/sessions"), new { });
        using var badOutcome = await scene.Coordinator.Http.PostAsJsonAsync(Api($"psychology/sessions/{Guid.NewGuid()}/outcome"), new { expectedVersion = 0, outcome = "Cancelled" });

        (await MessagesAsync(list)).ShouldBe([message]);
        (await MessagesAsync(empty)).ShouldContain("Choisissez le jeune.");
        (await MessagesAsync(badOutcome)).ShouldBe(["Choisissez : séance tenue ou jeune absent."]);
    }

    private static IEnumerable<(Caller, string, HttpStatusCode)> Row(Caller caller, HttpStatusCode book, HttpStatusCode list, HttpStatusCode read, HttpStatusCode change) =>
        [(caller, Book, book), (caller, List, list), (caller, Get, read), (caller, Schedule, change), (caller, Cancel, change), (caller, Outcome, change)];

    private static Uri Api(string path) => new("/api/v1/" + path, UriKind.Relative);

    private static string Query(DateTimeOffset instant) => Uri.EscapeDataString(instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A Paris wall-clock time, as an instant.</summary>
    private static DateTimeOffset At(DateOnly day, int hour, int minute = 0)
    {
        var local = day.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Paris), TimeSpan.Zero);
    }

    private static DateOnly HubDay(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Paris).DateTime);

    private static object BookBody(Guid youth, Guid psychologist, Guid room, DateTimeOffset start, DateTimeOffset end,
        string? interpreterLanguage = null, string? interpreterBooking = null, Guid? requestId = null) =>
        new { youthId = youth, psychologistId = psychologist, roomId = room, start, end, kind = "First", interpreterLanguage, interpreterBooking, requestId };

    private static async Task<List<string?>> MessagesAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject()
            .SelectMany(e => e.Value.EnumerateArray().Select(m => m.GetString()))];
    }

    private async Task<PageClient> ApiClientAsync(TestAccount? account)
    {
        var client = App.CreatePageClient();
        if (account is not null)
        {
            client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(client, account));
        }

        return client;
    }

    /// <summary>A psychologist receiving every day (or on <paramref name="days"/>) from 9:00 to <paramref name="until"/>:00 (Paris), absent on <paramref name="absence"/> if given.</summary>
    private async Task<TestAccount> PsychologistAsync(DateOnly? absence = null, DayOfWeek[]? days = null, int until = 18)
    {
        var account = await App.CreateAccountAsync(Roles.Psychologist);
        await App.WithServiceAsync<int, RemivDbContext>(db =>
        {
            var schedule = PsychologistSchedule.For(account.Id);
            foreach (var day in days ?? Enum.GetValues<DayOfWeek>())
            {
                schedule.AddSlot(day, new TimeOnly(9, 0), new TimeOnly(until, 0));
            }

            if (absence is { } off)
            {
                schedule.AddAbsence(off, off, "Congés", Today);
            }

            db.PsychologistSchedules.Add(schedule);
            return db.SaveChangesAsync();
        });
        return account;
    }

    private Task<Guid> RoomAsync() => App.WithServiceAsync<Guid, RemivDbContext>(async db =>
    {
        var room = Room.Create("Salle " + Guid.NewGuid().ToString("N")[..12], null);
        db.Rooms.Add(room);
        await db.SaveChangesAsync();
        return room.Id;
    });

    /// <summary>Stores a planned session directly, as if booked an hour before it starts (so that it may have started already).</summary>
    private Task<Guid> SeedSessionAsync(Guid youth, Guid psychologist, Guid room, DateTimeOffset start, DateTimeOffset end) =>
        App.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var bookedAt = start > DateTimeOffset.UtcNow ? DateTimeOffset.UtcNow : start.AddHours(-1);
            var session = Session.Book(youth, psychologist, room, start, end, SessionKind.FollowUp, null, null, null, psychologist, bookedAt);
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

    private async Task<Scene> SceneAsync()
    {
        var absenceDay = Today.AddDays(27);
        var psychologist = await PsychologistAsync(absenceDay);
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Aminata", "Camara", Today.AddYears(-17), worker, psychologist);
        var coordinatorAccount = await App.CreateAccountAsync(Roles.Coordinator);
        return new Scene(psychologist, worker, youth, await RoomAsync(), coordinatorAccount, await ApiClientAsync(coordinatorAccount), absenceDay);
    }

    private Task<Guid> OtherYouthAsync(Scene scene) => App.CreateYouthAsync("Ibrahima", "Sow", Today.AddYears(-15), scene.Worker);

    private Task<Session> StoredAsync(Guid id) =>
        App.WithServiceAsync<Session, RemivDbContext>(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == id));

    private Task<List<Session>> SessionsOfYouthAsync(Guid youth) =>
        App.WithServiceAsync<List<Session>, RemivDbContext>(db => db.Sessions.AsNoTracking().Where(s => s.YouthId == youth).ToListAsync());

    private Task<List<Session>> SessionsOfPsychologistAsync(Guid psychologist) =>
        App.WithServiceAsync<List<Session>, RemivDbContext>(db => db.Sessions.AsNoTracking().Where(s => s.PsychologistId == psychologist).ToListAsync());

    private sealed record Scene(TestAccount Psychologist, TestAccount Worker, Guid Youth, Guid Room, TestAccount CoordinatorAccount, PageClient Coordinator, DateOnly AbsenceDay);
}

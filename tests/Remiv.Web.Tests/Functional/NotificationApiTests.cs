using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Notifications;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The reminders API: a user's in-app notifications (listed with the young person's names, counted, marked read, never
/// another's), how they hear of reminders by email, and, for administrators only, the emails that failed.
/// </summary>
/// <remarks>
/// Notifications are written by the reminder scan, which only the system identity may run (a scheduled job). These tests
/// write them straight into the database, for deadlines created through the API: what they check is how the API reads
/// them (whose they are, what they show, what reading them changes), not how the scan decides to write them.
/// </remarks>
public sealed class NotificationApiTests(string provider) : FunctionalFixture(provider)
{
    private const string Anonymous = "Anonymous";

    private const string List = "GET /notifications";
    private const string Count = "GET /notifications/unread-count";
    private const string ReadAll = "POST /notifications/read-all";
    private const string GetMode = "GET /me/reminder-email-mode";
    private const string SetMode = "PUT /me/reminder-email-mode";
    private const string FailedEmails = "GET /admin/failed-emails";
    private const string RetryUnknown = "POST /admin/failed-emails/{unknown}/retry";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Which role may use which endpoint: no case data for administrators, no job monitoring for the staff.</summary>
    private static readonly (string Role, string Endpoint, HttpStatusCode Expected)[] Matrix =
    [
        .. new[] { List, Count, ReadAll, GetMode, SetMode, FailedEmails, RetryUnknown }.Select(e => (Anonymous, e, HttpStatusCode.Unauthorized)),
        .. new[] { List, Count, ReadAll, GetMode, SetMode }.Select(e => (Roles.Admin, e, HttpStatusCode.Forbidden)),
        (Roles.Admin, FailedEmails, HttpStatusCode.OK),
        (Roles.Admin, RetryUnknown, HttpStatusCode.NotFound),
        .. new[] { Roles.Coordinator, Roles.YouthWorker, Roles.Psychologist }.SelectMany(role => new[]
        {
            (role, List, HttpStatusCode.OK),
            (role, Count, HttpStatusCode.OK),
            (role, ReadAll, HttpStatusCode.OK),
            (role, GetMode, HttpStatusCode.OK),
            (role, SetMode, HttpStatusCode.NoContent),
            (role, FailedEmails, HttpStatusCode.Forbidden),
            (role, RetryUnknown, HttpStatusCode.Forbidden),
        }),
    ];

    private readonly Dictionary<string, string> _tokens = [];

    public static IEnumerable<TestCaseData> Specification() => Matrix.Select(row => new TestCaseData(row.Role, row.Endpoint, row.Expected));

    [OneTimeSetUp]
    public async Task SignInEachRole()
    {
        foreach (var role in new[] { Roles.Admin, Roles.Coordinator, Roles.YouthWorker, Roles.Psychologist })
        {
            using var client = App.CreatePageClient();
            _tokens[role] = await ApiTokens.ForAsync(client, await App.CreateAccountAsync(role));
        }
    }

    [TestCaseSource(nameof(Specification))]
    public async Task Each_role_gets_the_specified_answer_on_each_reminder_endpoint(string role, string endpoint, HttpStatusCode expected)
    {
        using var client = App.CreatePageClient();
        if (role != Anonymous)
        {
            client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[role]);
        }

        using var response = endpoint switch
        {
            List => await client.GetAsync("/api/v1/notifications"),
            Count => await client.GetAsync("/api/v1/notifications/unread-count"),
            ReadAll => await client.Http.PostAsync(Api("notifications/read-all"), null),
            GetMode => await client.GetAsync("/api/v1/me/reminder-email-mode"),
            SetMode => await client.Http.PutAsJsonAsync(Api("me/reminder-email-mode"), new { mode = "EachReminder" }),
            FailedEmails => await client.GetAsync("/api/v1/admin/failed-emails"),
            RetryUnknown => await client.Http.PostAsync(Api($"admin/failed-emails/{Guid.NewGuid()}/retry"), null),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "Not in the specification."),
        };

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        if (expected is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }
    }

    [Test]
    public async Task A_reminder_is_listed_with_the_young_persons_names_and_reading_it_brings_the_count_down()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = await ClientAsync(worker);
        var youth = await App.CreateYouthAsync("Mamadou Saliou", "Diallo", Today.AddYears(-17), worker);
        var appeal = await CreateDeadlineAsync(client, youth, "Appel du jugement", Today.AddDays(7));
        var interview = await CreateDeadlineAsync(client, youth, "Entretien de préparation à la majorité", Today.AddDays(2));

        (await UnreadAsync(client)).ShouldBe(0);
        (await ListAsync(client)).GetProperty("items").GetArrayLength().ShouldBe(0);

        var first = await NotifyAsync(worker, appeal, youth, Today.AddDays(7), daysBefore: 7, at: DateTimeOffset.UtcNow.AddMinutes(-5));
        var second = await NotifyAsync(worker, interview, youth, Today.AddDays(2), daysBefore: 2, at: DateTimeOffset.UtcNow);

        (await UnreadAsync(client)).ShouldBe(2);
        var listed = await ListAsync(client);
        listed.GetProperty("unread").GetInt32().ShouldBe(2);
        var items = listed.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("id").GetGuid()).ShouldBe([second, first]);
        items[1].GetProperty("youthFirstName").GetString().ShouldBe("Mamadou Saliou");
        items[1].GetProperty("youthLastName").GetString().ShouldBe("Diallo");
        items[1].GetProperty("deadlineId").GetGuid().ShouldBe(appeal);
        items[1].GetProperty("deadlineTitle").GetString().ShouldBe("Appel du jugement");
        items[1].GetProperty("dueDate").GetString().ShouldBe($"{Today.AddDays(7):yyyy-MM-dd}");
        items[1].GetProperty("moved").GetBoolean().ShouldBeFalse();
        items[1].GetProperty("isRead").GetBoolean().ShouldBeFalse();

        using (var read = await client.Http.PostAsync(Api($"notifications/{first}/read"), null))
        {
            read.StatusCode.ShouldBe(HttpStatusCode.OK, await read.Content.ReadAsStringAsync());
            (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("marked").GetInt32().ShouldBe(1);
        }

        (await UnreadAsync(client)).ShouldBe(1);
        (await ListAsync(client, unreadOnly: true)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([second]);
        using (var readAgain = await client.Http.PostAsync(Api($"notifications/{first}/read"), null))
        {
            (await readAgain.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("marked").GetInt32().ShouldBe(0);
        }

        using (var all = await client.Http.PostAsync(Api("notifications/read-all"), null))
        {
            all.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await all.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("marked").GetInt32().ShouldBe(1);
        }

        (await UnreadAsync(client)).ShouldBe(0);
        (await ListAsync(client)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("isRead").GetBoolean()).ShouldBe([true, true]);
    }

    [Test]
    public async Task A_reminder_shows_a_deadline_moved_since_and_leaves_with_the_young_person_when_the_user_leaves_the_group()
    {
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = await ClientAsync(worker);
        var youth = await App.CreateYouthAsync("Yonas", "Tesfaye", Today.AddYears(-16), coordinator, worker);
        var deadline = await CreateDeadlineAsync(client, youth, "Rendez-vous à l'OFII", Today.AddDays(3), responsible: worker.Id);
        await NotifyAsync(worker, deadline, youth, Today.AddDays(3), daysBefore: 3, at: DateTimeOffset.UtcNow);
        using (var moved = await client.Http.PutAsJsonAsync(Api($"deadlines/{deadline}"), new
               {
                   expectedVersion = 0, track = "Administrative", kind = "Appointment", title = "Rendez-vous à l'OFII", startEvent = "Other",
                   eventDate = Today, dueDate = Today.AddDays(10), responsibleUserId = worker.Id,
               }))
        {
            moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        }

        var item = (await ListAsync(client)).GetProperty("items").EnumerateArray().Single();
        item.GetProperty("moved").GetBoolean().ShouldBeTrue();
        item.GetProperty("dueDate").GetString().ShouldBe($"{Today.AddDays(10):yyyy-MM-dd}");
        item.GetProperty("daysLeft").GetInt32().ShouldBeInRange(9, 11);

        using var coordinatorClient = await ClientAsync(coordinator);
        var version = (await coordinatorClient.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{youth}"))).GetProperty("version").GetInt32();
        using (var removed = await coordinatorClient.Http.PostAsJsonAsync(Api($"youths/{youth}/group"),
                   new { expectedVersion = version, staffId = worker.Id, change = "Remove" }))
        {
            removed.StatusCode.ShouldBe(HttpStatusCode.OK, await removed.Content.ReadAsStringAsync());
        }

        (await ListAsync(client)).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await UnreadAsync(client)).ShouldBe(0);
    }

    [Test]
    public async Task Another_users_notification_cannot_be_marked_read_it_is_not_found()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var colleague = await App.CreateAccountAsync(Roles.YouthWorker);
        using var owner = await ClientAsync(worker);
        using var other = await ClientAsync(colleague);
        var youth = await App.CreateYouthAsync("Awa", "Traoré", Today.AddYears(-16), worker, colleague);
        var deadline = await CreateDeadlineAsync(owner, youth, "Renouvellement AME", Today.AddDays(14));
        var notification = await NotifyAsync(worker, deadline, youth, Today.AddDays(14), daysBefore: 14, at: DateTimeOffset.UtcNow);

        using var theirs = await other.Http.PostAsync(Api($"notifications/{notification}/read"), null);
        using var unknown = await owner.Http.PostAsync(Api($"notifications/{Guid.NewGuid()}/read"), null);
        using var readAll = await other.Http.PostAsync(Api("notifications/read-all"), null);

        theirs.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        theirs.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await readAll.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("marked").GetInt32().ShouldBe(0);
        (await ListAsync(other)).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await UnreadAsync(owner)).ShouldBe(1);
        (await App.WithServiceAsync<DateTimeOffset?, RemivDbContext>(db => db.Notifications.Where(n => n.Id == notification).Select(n => n.ReadAt).SingleAsync()))
            .ShouldBeNull();
    }

    [Test]
    public async Task The_email_mode_is_one_email_per_reminder_until_the_user_chooses_the_daily_digest()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var colleague = await App.CreateAccountAsync(Roles.Psychologist);
        using var client = await ClientAsync(worker);
        using var other = await ClientAsync(colleague);

        var before = await client.Http.GetFromJsonAsync<JsonElement>(Api("me/reminder-email-mode"));
        using var set = await client.Http.PutAsJsonAsync(Api("me/reminder-email-mode"), new { mode = "DailyDigest" });
        var after = await client.Http.GetFromJsonAsync<JsonElement>(Api("me/reminder-email-mode"));
        var colleagues = await other.Http.GetFromJsonAsync<JsonElement>(Api("me/reminder-email-mode"));

        before.GetProperty("mode").GetString().ShouldBe("EachReminder");
        set.StatusCode.ShouldBe(HttpStatusCode.NoContent, await set.Content.ReadAsStringAsync());
        after.GetProperty("mode").GetString().ShouldBe("DailyDigest");
        colleagues.GetProperty("mode").GetString().ShouldBe("EachReminder");

        using var back = await client.Http.PutAsJsonAsync(Api("me/reminder-email-mode"), new { mode = "EachReminder" });
        back.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.Http.GetFromJsonAsync<JsonElement>(Api("me/reminder-email-mode"))).GetProperty("mode").GetString().ShouldBe("EachReminder");
    }

    [TestCase("{\"mode\":\"Hebdomadaire\"}")]
    [TestCase("{\"mode\":0}")]
    [TestCase("{\"mode\":null}")]
    [TestCase("{}")]
    [TestCase("")]
    [TestCase("\"DailyDigest\"")]
    public async Task An_invalid_email_mode_gets_a_400_problem_and_keeps_the_choice(string body)
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = await ClientAsync(worker);
        using (var set = await client.Http.PutAsJsonAsync(Api("me/reminder-email-mode"), new { mode = "DailyDigest" }))
        {
            set.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.Http.PutAsync(Api("me/reminder-email-mode"), content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await client.Http.GetFromJsonAsync<JsonElement>(Api("me/reminder-email-mode"))).GetProperty("mode").GetString().ShouldBe("DailyDigest");
    }

    [Test]
    public async Task A_missing_email_mode_names_the_field_in_french()
    {
        using var client = await ClientAsync(await App.CreateAccountAsync(Roles.Coordinator));

        using var response = await client.Http.PutAsJsonAsync(Api("me/reminder-email-mode"), new { });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("Mode")[0].GetString()
            .ShouldBe("Choisissez une valeur dans la liste.");
    }

    [Test]
    public async Task An_administrator_sees_a_failed_email_and_sends_it_again_to_the_accounts_address()
    {
        var admin = await App.CreateAccountAsync(Roles.Admin);
        var recipient = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = await ClientAsync(admin);
        var failed = await FailedEmailAsync(recipient.Id, "ancienne-adresse@remiv.example");
        var pending = await App.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var email = new OutgoingEmail(recipient.Id, recipient.Email, "Rappel d'échéance", "Corps", DateTimeOffset.UtcNow);
            db.OutgoingEmails.Add(email);
            await db.SaveChangesAsync();
            return email.Id;
        });

        var listed = await client.Http.GetFromJsonAsync<JsonElement>(Api("admin/failed-emails"));
        var line = listed.EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == failed);
        listed.EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ShouldNotContain(pending);
        line.GetProperty("status").GetString().ShouldBe("Failed");
        line.GetProperty("recipient").GetString().ShouldBe("ancienne-adresse@remiv.example");
        line.GetProperty("lastError").GetString().ShouldBe("550 boîte inconnue");
        line.GetProperty("attempts").GetInt32().ShouldBe(1);

        using var notFailed = await client.Http.PostAsync(Api($"admin/failed-emails/{pending}/retry"), null);
        using var retried = await client.Http.PostAsync(Api($"admin/failed-emails/{failed}/retry"), null);

        notFailed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notFailed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject()
            .SelectMany(e => e.Value.EnumerateArray().Select(m => m.GetString())).ShouldBe(["Seul un envoi en échec peut être relancé."]);
        retried.StatusCode.ShouldBe(HttpStatusCode.NoContent, await retried.Content.ReadAsStringAsync());
        (await client.Http.GetFromJsonAsync<JsonElement>(Api("admin/failed-emails"))).EnumerateArray().Select(e => e.GetProperty("id").GetGuid())
            .ShouldNotContain(failed);
        var (status, address) = await App.WithServiceAsync<(EmailStatus, string), RemivDbContext>(async db =>
        {
            var email = await db.OutgoingEmails.AsNoTracking().SingleAsync(e => e.Id == failed);
            return (email.Status, email.Recipient);
        });
        status.ShouldNotBe(EmailStatus.Failed);
        address.ShouldBe(recipient.Email);
    }

    private static Uri Api(string path) => new("/api/v1/" + path, UriKind.Relative);

    private static async Task<Guid> CreateDeadlineAsync(PageClient client, Guid youth, string title, DateOnly dueDate, Guid? responsible = null)
    {
        using var response = await client.Http.PostAsJsonAsync(Api($"youths/{youth}/deadlines"), new
        {
            track = "Administrative", kind = "Appointment", title, startEvent = "Other", eventDate = Today, dueDate, responsibleUserId = responsible,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<int> UnreadAsync(PageClient client) =>
        (await client.Http.GetFromJsonAsync<JsonElement>(Api("notifications/unread-count"))).GetProperty("unread").GetInt32();

    private static async Task<JsonElement> ListAsync(PageClient client, bool unreadOnly = false) =>
        await client.Http.GetFromJsonAsync<JsonElement>(Api(unreadOnly ? "notifications?unreadOnly=true" : "notifications"));

    /// <summary>What the reminder scan would write for <paramref name="user"/> (see the class remarks).</summary>
    private Task<Guid> NotifyAsync(TestAccount user, Guid deadline, Guid youth, DateOnly dueDate, int daysBefore, DateTimeOffset at) =>
        App.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var notification = new Notification(user.Id, deadline, youth, dueDate, daysBefore, awaitsDigest: false, at);
            db.Notifications.Add(notification);
            await db.SaveChangesAsync();
            return notification.Id;
        });

    /// <summary>An email the dispatcher gave up on (the server refused the address for good).</summary>
    private Task<Guid> FailedEmailAsync(Guid recipientId, string address) =>
        App.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var email = new OutgoingEmail(recipientId, address, "Rappel d'échéance", "Corps du message", DateTimeOffset.UtcNow.AddHours(-1));
            email.AttemptFailed("550 boîte inconnue", permanent: true, DateTimeOffset.UtcNow.AddMinutes(-30));
            db.OutgoingEmails.Add(email);
            await db.SaveChangesAsync();
            return email.Id;
        });

    private async Task<PageClient> ClientAsync(TestAccount account)
    {
        var client = App.CreatePageClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(client, account));
        return client;
    }
}

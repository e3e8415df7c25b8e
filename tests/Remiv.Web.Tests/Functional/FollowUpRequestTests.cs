using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// Requests for psychological follow-up and the waiting list, through the real pipeline and database: who reaches which
/// page and endpoint, for every role; the reason's confidentiality (psychologists and the request's author only, stored
/// encrypted, every reading audited) and the psychologists' narrow view of the young people they do not follow yet; the
/// order of the list; the French refusals that leave nothing saved. The fixture's database is shared: every test uses
/// names and reasons of its own, and looks at its own requests in the list.
/// </summary>
public sealed partial class FollowUpRequestTests(string provider) : FunctionalFixture(provider)
{
    public enum Member
    {
        /// <summary>Not in the young person's follow-up group (a coordinator sees every file anyway).</summary>
        OutsideGroup,

        /// <summary>In the young person's follow-up group.</summary>
        InGroup,

        /// <summary>In the follow-up group, and the author of the waiting request.</summary>
        Author,
    }

    private const string Anonymous = "Anonymous";

    private const string MakeRequest = "POST /youths/{id}/psychology-requests";
    private const string ListForYouth = "GET /youths/{id}/psychology-requests";
    private const string WaitingList = "GET /psychology/waiting-list";
    private const string ChangeUrgency = "PUT /psychology-requests/{id}/urgency";
    private const string Withdraw = "POST /psychology-requests/{id}/withdraw";

    private const string WaitingListPage = "GET /Psychologie";
    private const string RequestPage = "GET /Psychologie/Demande?jeune={id}";
    private const string FilePage = "GET /Jeunes/{id}";
    private const string RequestPost = "POST /Psychologie/Demande";
    private const string ListWithdrawPost = "POST /Psychologie?handler=Withdraw";
    private const string ListUrgencyPost = "POST /Psychologie?handler=Urgency";
    private const string FileWithdrawPost = "POST /Jeunes/{id}?handler=WithdrawRequest";
    private const string FileUrgencyPost = "POST /Jeunes/{id}?handler=RequestUrgency";

    private const string ReasonRequired = "Expliquez en quelques lignes ce qui motive la demande (ce que les psychologues doivent savoir).";
    private const string UrgencyRequired = "Choisissez l'urgence.";
    private const string AlreadyWaiting = "Une demande de suivi psychologique est déjà en attente pour ce jeune. Si la situation s'aggrave, changez son urgence.";
    private const string Archived = "Ce dossier est archivé : il ne peut plus être modifié.";
    private const string NoteRequired = "Indiquez pourquoi la demande est retirée.";
    private const string ReasonTooLong = "Ce texte est trop long (1000 caractères au plus).";

    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Created = HttpStatusCode.Created;
    private const HttpStatusCode Redirect = HttpStatusCode.Redirect;
    private const HttpStatusCode Unauthorized = HttpStatusCode.Unauthorized;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;
    private const HttpStatusCode NotFound = HttpStatusCode.NotFound;

    /// <summary>
    /// The API specification. Each case's young person is followed by the author (a youth worker, referent), another youth
    /// worker and a psychologist, and has a waiting request written by the author (except to make one). 404 where the
    /// caller may use the function but not see that young person (their existence is not revealed); 403 where the caller's
    /// role may not use the function at all, or may not make this change.
    /// </summary>
    private static readonly (string Role, Member Member, string Endpoint, HttpStatusCode Expected)[] ApiMatrix =
    [
        (Anonymous,          Member.OutsideGroup, MakeRequest,   Unauthorized),
        (Anonymous,          Member.OutsideGroup, ListForYouth,  Unauthorized),
        (Anonymous,          Member.OutsideGroup, WaitingList,   Unauthorized),
        (Anonymous,          Member.OutsideGroup, ChangeUrgency, Unauthorized),
        (Anonymous,          Member.OutsideGroup, Withdraw,      Unauthorized),

        (Roles.Admin,        Member.OutsideGroup, MakeRequest,   Forbidden),
        (Roles.Admin,        Member.OutsideGroup, ListForYouth,  Forbidden),
        (Roles.Admin,        Member.OutsideGroup, WaitingList,   Forbidden),
        (Roles.Admin,        Member.OutsideGroup, ChangeUrgency, Forbidden),
        (Roles.Admin,        Member.OutsideGroup, Withdraw,      Forbidden),

        (Roles.Coordinator,  Member.OutsideGroup, MakeRequest,   Created),
        (Roles.Coordinator,  Member.OutsideGroup, ListForYouth,  Ok),
        (Roles.Coordinator,  Member.OutsideGroup, WaitingList,   Ok),
        (Roles.Coordinator,  Member.OutsideGroup, ChangeUrgency, Ok),
        (Roles.Coordinator,  Member.OutsideGroup, Withdraw,      Ok),

        (Roles.YouthWorker,  Member.Author,       ListForYouth,  Ok),
        (Roles.YouthWorker,  Member.Author,       WaitingList,   Forbidden),
        (Roles.YouthWorker,  Member.Author,       ChangeUrgency, Ok),
        (Roles.YouthWorker,  Member.Author,       Withdraw,      Ok),

        (Roles.YouthWorker,  Member.InGroup,      MakeRequest,   Created),
        (Roles.YouthWorker,  Member.InGroup,      ListForYouth,  Ok),
        (Roles.YouthWorker,  Member.InGroup,      WaitingList,   Forbidden),
        (Roles.YouthWorker,  Member.InGroup,      ChangeUrgency, Ok),
        (Roles.YouthWorker,  Member.InGroup,      Withdraw,      Forbidden),

        (Roles.YouthWorker,  Member.OutsideGroup, MakeRequest,   NotFound),
        (Roles.YouthWorker,  Member.OutsideGroup, ListForYouth,  NotFound),
        (Roles.YouthWorker,  Member.OutsideGroup, WaitingList,   Forbidden),
        (Roles.YouthWorker,  Member.OutsideGroup, ChangeUrgency, NotFound),
        (Roles.YouthWorker,  Member.OutsideGroup, Withdraw,      NotFound),

        (Roles.Psychologist, Member.InGroup,      MakeRequest,   Forbidden),
        (Roles.Psychologist, Member.InGroup,      ListForYouth,  Ok),
        (Roles.Psychologist, Member.InGroup,      WaitingList,   Ok),
        (Roles.Psychologist, Member.InGroup,      ChangeUrgency, Forbidden),
        (Roles.Psychologist, Member.InGroup,      Withdraw,      Ok),

        (Roles.Psychologist, Member.OutsideGroup, MakeRequest,   Forbidden),
        (Roles.Psychologist, Member.OutsideGroup, ListForYouth,  NotFound),
        (Roles.Psychologist, Member.OutsideGroup, WaitingList,   Ok),
        (Roles.Psychologist, Member.OutsideGroup, ChangeUrgency, Forbidden),
        (Roles.Psychologist, Member.OutsideGroup, Withdraw,      Ok),
    ];

    /// <summary>
    /// The pages' specification, on the same cast and young person (a waiting request by the author, except for the request
    /// form, which needs none). Anonymous visitors go to the sign-in page; a form accepted answers with a redirect.
    /// </summary>
    private static readonly (string Role, Member Member, string Page, HttpStatusCode Expected)[] PageMatrix =
    [
        (Anonymous,          Member.OutsideGroup, WaitingListPage,  Redirect),
        (Anonymous,          Member.OutsideGroup, RequestPage,      Redirect),
        (Anonymous,          Member.OutsideGroup, RequestPost,      Redirect),
        (Anonymous,          Member.OutsideGroup, ListWithdrawPost, Redirect),
        (Anonymous,          Member.OutsideGroup, FileWithdrawPost, Redirect),

        (Roles.Admin,        Member.OutsideGroup, WaitingListPage,  Forbidden),
        (Roles.Admin,        Member.OutsideGroup, RequestPage,      Forbidden),
        (Roles.Admin,        Member.OutsideGroup, FilePage,         Forbidden),
        (Roles.Admin,        Member.OutsideGroup, RequestPost,      Forbidden),
        (Roles.Admin,        Member.OutsideGroup, ListWithdrawPost, Forbidden),
        (Roles.Admin,        Member.OutsideGroup, ListUrgencyPost,  Forbidden),
        (Roles.Admin,        Member.OutsideGroup, FileWithdrawPost, Forbidden),
        (Roles.Admin,        Member.OutsideGroup, FileUrgencyPost,  Forbidden),

        (Roles.Coordinator,  Member.OutsideGroup, WaitingListPage,  Ok),
        (Roles.Coordinator,  Member.OutsideGroup, RequestPage,      Ok),
        (Roles.Coordinator,  Member.OutsideGroup, FilePage,         Ok),
        (Roles.Coordinator,  Member.OutsideGroup, RequestPost,      Redirect),
        (Roles.Coordinator,  Member.OutsideGroup, ListWithdrawPost, Redirect),
        (Roles.Coordinator,  Member.OutsideGroup, ListUrgencyPost,  Redirect),
        (Roles.Coordinator,  Member.OutsideGroup, FileWithdrawPost, Redirect),
        (Roles.Coordinator,  Member.OutsideGroup, FileUrgencyPost,  Redirect),

        (Roles.YouthWorker,  Member.Author,       WaitingListPage,  Forbidden),
        (Roles.YouthWorker,  Member.Author,       FilePage,         Ok),
        (Roles.YouthWorker,  Member.Author,       ListWithdrawPost, Forbidden),
        (Roles.YouthWorker,  Member.Author,       FileWithdrawPost, Redirect),
        (Roles.YouthWorker,  Member.Author,       FileUrgencyPost,  Redirect),

        (Roles.YouthWorker,  Member.InGroup,      WaitingListPage,  Forbidden),
        (Roles.YouthWorker,  Member.InGroup,      RequestPage,      Ok),
        (Roles.YouthWorker,  Member.InGroup,      FilePage,         Ok),
        (Roles.YouthWorker,  Member.InGroup,      RequestPost,      Redirect),
        (Roles.YouthWorker,  Member.InGroup,      ListWithdrawPost, Forbidden),
        (Roles.YouthWorker,  Member.InGroup,      ListUrgencyPost,  Forbidden),
        (Roles.YouthWorker,  Member.InGroup,      FileWithdrawPost, Forbidden),
        (Roles.YouthWorker,  Member.InGroup,      FileUrgencyPost,  Redirect),

        (Roles.YouthWorker,  Member.OutsideGroup, WaitingListPage,  Forbidden),
        (Roles.YouthWorker,  Member.OutsideGroup, RequestPage,      NotFound),
        (Roles.YouthWorker,  Member.OutsideGroup, FilePage,         NotFound),
        (Roles.YouthWorker,  Member.OutsideGroup, RequestPost,      NotFound),
        (Roles.YouthWorker,  Member.OutsideGroup, FileWithdrawPost, NotFound),
        (Roles.YouthWorker,  Member.OutsideGroup, FileUrgencyPost,  NotFound),

        (Roles.Psychologist, Member.InGroup,      WaitingListPage,  Ok),
        (Roles.Psychologist, Member.InGroup,      RequestPage,      Forbidden),
        (Roles.Psychologist, Member.InGroup,      FilePage,         Ok),
        (Roles.Psychologist, Member.InGroup,      RequestPost,      Forbidden),
        (Roles.Psychologist, Member.InGroup,      ListWithdrawPost, Redirect),
        (Roles.Psychologist, Member.InGroup,      ListUrgencyPost,  Forbidden),
        (Roles.Psychologist, Member.InGroup,      FileWithdrawPost, Redirect),
        (Roles.Psychologist, Member.InGroup,      FileUrgencyPost,  Forbidden),

        (Roles.Psychologist, Member.OutsideGroup, WaitingListPage,  Ok),
        (Roles.Psychologist, Member.OutsideGroup, RequestPage,      Forbidden),
        (Roles.Psychologist, Member.OutsideGroup, FilePage,         NotFound),
        (Roles.Psychologist, Member.OutsideGroup, RequestPost,      Forbidden),
        (Roles.Psychologist, Member.OutsideGroup, ListWithdrawPost, Redirect),
        (Roles.Psychologist, Member.OutsideGroup, ListUrgencyPost,  Forbidden),
    ];

    /// <summary>The hub's day (Europe/Paris), as the application counts it.</summary>
    private static DateOnly Today =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);

    private readonly Dictionary<(string Role, Member Member), (TestAccount Account, string Token)> _cast = [];

    public static IEnumerable<TestCaseData> ApiSpecification() =>
        ApiMatrix.Select(row => new TestCaseData(row.Role, row.Member, row.Endpoint, row.Expected));

    public static IEnumerable<TestCaseData> PageSpecification() =>
        PageMatrix.Select(row => new TestCaseData(row.Role, row.Member, row.Page, row.Expected));

    [OneTimeSetUp]
    public async Task CreateTheCast()
    {
        var needed = ApiMatrix.Select(row => (row.Role, row.Member)).Concat(PageMatrix.Select(row => (row.Role, row.Member)))
            .Where(c => c.Role != Anonymous)
            .Append((Roles.YouthWorker, Member.Author)).Append((Roles.YouthWorker, Member.InGroup)).Append((Roles.Psychologist, Member.InGroup))
            .Distinct();
        foreach (var (role, member) in needed)
        {
            var account = await App.CreateAccountAsync(role);
            using var client = App.CreatePageClient();
            _cast[(role, member)] = (account, await ApiTokens.ForAsync(client, account));
        }
    }

    [TestCaseSource(nameof(ApiSpecification))]
    public async Task Each_role_gets_the_specified_answer_on_each_follow_up_request_endpoint(string role, Member member, string endpoint, HttpStatusCode expected)
    {
        var youth = await CastYouthAsync();
        var request = endpoint == MakeRequest ? Guid.Empty : await SeedAsync(youth, RequestUrgency.Normal, "Motif " + Guid.NewGuid().ToString("N"), Cast(Roles.YouthWorker, Member.Author));
        using var client = ApiClientOf(role, member);

        using var response = endpoint switch
        {
            MakeRequest => await client.Http.PostAsJsonAsync(Api($"youths/{youth}/psychology-requests"), new { urgency = "High", reason = "Angoisses la nuit" }),
            ListForYouth => await client.GetAsync($"/api/v1/youths/{youth}/psychology-requests"),
            WaitingList => await client.GetAsync("/api/v1/psychology/waiting-list"),
            ChangeUrgency => await client.Http.PutAsJsonAsync(Api($"psychology-requests/{request}/urgency"), new { expectedVersion = 0, urgency = "Urgent" }),
            Withdraw => await client.Http.PostAsJsonAsync(Api($"psychology-requests/{request}/withdraw"), new { expectedVersion = 0, note = "Suivi au CMP" }),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "Not in the specification."),
        };

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        if (expected is Forbidden or NotFound)
        {
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }

        // A refused command leaves nothing behind; an accepted one did its work.
        var succeeded = expected is Ok or Created;
        switch (endpoint)
        {
            case MakeRequest:
                (await RequestsOfAsync(youth)).Count.ShouldBe(succeeded ? 1 : 0);
                break;
            case ChangeUrgency:
                (await StoredAsync(request)).Urgency.ShouldBe(succeeded ? RequestUrgency.Urgent : RequestUrgency.Normal);
                break;
            case Withdraw:
                var stored = await StoredAsync(request);
                stored.Status.ShouldBe(succeeded ? RequestStatus.Withdrawn : RequestStatus.Waiting);
                if (succeeded)
                {
                    stored.ClosingNote.ShouldBe("Suivi au CMP");
                    stored.ClosedBy.ShouldBe(_cast[(role, member)].Account.Id);
                }

                break;
            case ListForYouth when succeeded:
                (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())
                    .ShouldBe([request]);
                break;
            case WaitingList when succeeded:
                (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())
                    .ShouldContain(request);
                break;
        }
    }

    [TestCaseSource(nameof(PageSpecification))]
    public async Task Each_role_gets_the_specified_answer_on_each_psychology_page_and_form(string role, Member member, string page, HttpStatusCode expected)
    {
        var youth = await CastYouthAsync();
        var request = page is RequestPage or RequestPost ? Guid.Empty : await SeedAsync(youth, RequestUrgency.Normal, "Motif " + Guid.NewGuid().ToString("N"), Cast(Roles.YouthWorker, Member.Author));
        using var client = App.CreatePageClient();
        if (role != Anonymous)
        {
            await client.SignInAsync(_cast[(role, member)].Account);
        }

        var change = new Dictionary<string, string>
        {
            ["Input.RequestId"] = request.ToString(), ["Input.ExpectedVersion"] = "0", ["Input.Urgency"] = "Urgent", ["Input.Note"] = "Suivi au CMP",
        };
        using var response = page switch
        {
            WaitingListPage => await client.GetAsync("/Psychologie"),
            RequestPage => await client.GetAsync($"/Psychologie/Demande?jeune={youth}"),
            FilePage => await client.GetAsync($"/Jeunes/{youth}"),
            RequestPost => await PostAsync(client, role, "/Psychologie/Demande",
                new Dictionary<string, string> { ["Input.YouthId"] = youth.ToString(), ["Input.Urgency"] = "High", ["Input.Reason"] = "Angoisses la nuit" }),
            ListWithdrawPost => await PostAsync(client, role, "/Psychologie?handler=Withdraw", change),
            ListUrgencyPost => await PostAsync(client, role, "/Psychologie?handler=Urgency", change),
            FileWithdrawPost => await PostAsync(client, role, $"/Jeunes/{youth}?handler=WithdrawRequest", change),
            FileUrgencyPost => await PostAsync(client, role, $"/Jeunes/{youth}?handler=RequestUrgency", change),
            _ => throw new ArgumentOutOfRangeException(nameof(page), page, "Not in the specification."),
        };

        response.StatusCode.ShouldBe(expected, await PageClient.ErrorsOf(response));
        if (role == Anonymous)
        {
            response.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
        }

        var succeeded = expected is Redirect && role != Anonymous;
        switch (page)
        {
            case RequestPost:
                (await RequestsOfAsync(youth)).Count.ShouldBe(succeeded ? 1 : 0);
                if (succeeded)
                {
                    response.Headers.Location!.OriginalString.ShouldBe($"/Jeunes/{youth:D}#suivi-psychologique");
                }

                break;
            case ListWithdrawPost or FileWithdrawPost:
                (await StoredAsync(request)).Status.ShouldBe(succeeded ? RequestStatus.Withdrawn : RequestStatus.Waiting);
                break;
            case ListUrgencyPost or FileUrgencyPost:
                (await StoredAsync(request)).Urgency.ShouldBe(succeeded ? RequestUrgency.Urgent : RequestUrgency.Normal);
                break;
        }
    }

    [Test]
    public async Task The_menu_shows_psychologie_to_coordinators_and_psychologists_and_the_list_links_to_the_pages_each_may_use()
    {
        using var coordinator = await SignedInAsync(Cast(Roles.Coordinator, Member.OutsideGroup));
        using var psychologist = await SignedInAsync(Cast(Roles.Psychologist, Member.OutsideGroup));
        using var worker = await SignedInAsync(Cast(Roles.YouthWorker, Member.InGroup));
        using var admin = await SignedInAsync(Cast(Roles.Admin, Member.OutsideGroup));

        var asCoordinator = await coordinator.GetPageAsync("/Psychologie");
        var asPsychologist = await psychologist.GetPageAsync("/Psychologie");

        asCoordinator.ShouldContain("<a href=\"/Psychologie\">Psychologie</a>");
        asCoordinator.ShouldContain("href=\"/Psychologie/Salles\"");
        asCoordinator.ShouldContain("href=\"/Psychologie/Psychologues\"");
        asCoordinator.ShouldNotContain("href=\"/Psychologie/Disponibilites\"", customMessage: "coordinators have no availability of their own");
        asPsychologist.ShouldContain("<a href=\"/Psychologie\">Psychologie</a>");
        asPsychologist.ShouldContain("href=\"/Psychologie/Disponibilites\"");
        asPsychologist.ShouldContain("href=\"/Psychologie/Psychologues\"");
        asPsychologist.ShouldNotContain("href=\"/Psychologie/Salles\"");
        (await worker.GetPageAsync("/")).ShouldNotContain("href=\"/Psychologie\"");
        (await admin.GetPageAsync("/")).ShouldNotContain("href=\"/Psychologie\"");
    }

    [Test]
    public async Task A_youth_worker_asks_from_the_file_goes_back_to_it_and_a_psychologist_outside_the_group_picks_the_request_up_from_the_list()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var lastName = UniqueName("Gebremedhin");
        var youth = await App.CreateYouthAsync("Yonas", lastName, Today.AddYears(-16), worker);
        await AddAliasAsync(youth, "Yonás Gebre");
        var reason = "Ne dort plus depuis la traversée, " + Guid.NewGuid().ToString("N");
        using var client = await SignedInAsync(worker);

        var before = await client.GetPageAsync($"/Jeunes/{youth}");
        Section(before, "suivi-psychologique").ShouldContain("Aucune demande de suivi psychologique.");
        Section(before, "suivi-psychologique").ShouldContain($"href=\"/Psychologie/Demande?jeune={youth}\"");
        var form = await client.GetPageAsync($"/Psychologie/Demande?jeune={youth}");
        form.ShouldContain($"Yonas {lastName}");
        form.ShouldContain("Peut attendre");
        form.ShouldContain("Urgente");
        form.ShouldContain("Ce motif n'est lu que par les psychologues");
        form.ShouldContain("value=\"Normal\" checked=\"checked\"", customMessage: "a normal urgency is proposed");
        using var saved = await client.SubmitAsync($"/Psychologie/Demande?jeune={youth}", new Dictionary<string, string>
        {
            ["Input.YouthId"] = youth.ToString(), ["Input.Urgency"] = "High", ["Input.Reason"] = reason,
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(saved));
        saved.Headers.Location!.OriginalString.ShouldBe($"/Jeunes/{youth:D}#suivi-psychologique");
        var file = await client.GetPageAsync($"/Jeunes/{youth}");
        file.ShouldContain("La demande de suivi psychologique est enregistrée.");
        var section = Section(file, "suivi-psychologique");
        section.ShouldContain("En attente");
        section.ShouldContain("Urgence : Élevée");
        section.ShouldContain($"Demandée le {DayOf(Today)} par Compte YouthWorker");
        section.ShouldContain("demandée aujourd'hui");
        section.ShouldContain(reason, customMessage: "its author reads the reason");
        section.ShouldNotContain("href=\"/Psychologie/Demande", customMessage: "a request already waits");
        (await client.GetPageAsync($"/Psychologie/Demande?jeune={youth}")).ShouldContain("Une demande de suivi psychologique est déjà en attente pour ce jeune.");

        using var psy = await SignedInAsync(psychologist);
        var list = await psy.GetPageAsync("/Psychologie");
        var card = Card(list, lastName);
        card.ShouldContain($"<bdi>Yonas {lastName}</bdi>");
        card.ShouldContain("Yonás Gebre");
        card.ShouldContain("16 ans");
        card.ShouldContain("français, peul");
        card.ShouldContain("Nécessaire");
        card.ShouldContain("Urgence : Élevée");
        card.ShouldContain(reason);
        card.ShouldNotContain($"href=\"/Jeunes/{youth}", customMessage: "the psychologist does not follow this young person yet");
        card.ShouldNotContain("Changer l'urgence");
        var requestId = (await RequestsOfAsync(youth)).Single().Id;
        using var withdrawn = await psy.SubmitAsync("/Psychologie", new Dictionary<string, string>
        {
            ["Input.RequestId"] = requestId.ToString(), ["Input.ExpectedVersion"] = "0", ["Input.Note"] = "Suivi déjà en place au CMP de Poitiers",
        }, "/Psychologie?handler=Withdraw");

        withdrawn.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(withdrawn));
        var after = await psy.GetPageAsync("/Psychologie");
        after.ShouldContain("La demande est retirée de la liste d'attente.");
        after.ShouldNotContain(lastName);
        var closed = Section(await client.GetPageAsync($"/Jeunes/{youth}"), "suivi-psychologique");
        closed.ShouldContain("Retirée");
        closed.ShouldContain($"Retirée le {DayOf(Today)} par Compte Psychologist");
        closed.ShouldContain("Suivi déjà en place au CMP de Poitiers");
        closed.ShouldContain($"href=\"/Psychologie/Demande?jeune={youth}\"", customMessage: "nothing waits any more: a new request may be made");
    }

    [Test]
    public async Task A_coordinators_waiting_list_has_no_reason_on_the_page_nor_in_the_api_while_a_psychologists_has_it()
    {
        var youth = await CastYouthAsync();
        var lastName = await LastNameAsync(youth);
        var reason = "secret-motif-" + Guid.NewGuid().ToString("N");
        var id = await SeedAsync(youth, RequestUrgency.Urgent, reason, Cast(Roles.YouthWorker, Member.Author));
        using var coordinatorPage = await SignedInAsync(Cast(Roles.Coordinator, Member.OutsideGroup));
        using var coordinatorApi = ApiClientOf(Roles.Coordinator, Member.OutsideGroup);
        using var psychologistApi = ApiClientOf(Roles.Psychologist, Member.OutsideGroup);
        using var psychologistPage = await SignedInAsync(Cast(Roles.Psychologist, Member.OutsideGroup));

        var page = await coordinatorPage.GetPageAsync("/Psychologie");
        var api = await BodyAsync(coordinatorApi, "psychology/waiting-list");
        var item = Item(await coordinatorApi.Http.GetFromJsonAsync<JsonElement>(Api("psychology/waiting-list")), id);

        Card(page, lastName).ShouldContain("Urgence : Urgente", customMessage: "the coordinator sees the request itself");
        Card(page, lastName).ShouldContain($"href=\"/Jeunes/{youth}#suivi-psychologique\"");
        page.ShouldNotContain(reason);
        page.ShouldContain("Le motif de chaque demande est réservé aux psychologues");
        api.ShouldNotContain(reason);
        item.GetProperty("reason").ValueKind.ShouldBe(JsonValueKind.Null);
        (await BodyAsync(psychologistApi, "psychology/waiting-list")).ShouldContain(reason, customMessage: "the reason is really there to leak");
        (await psychologistPage.GetPageAsync("/Psychologie")).ShouldContain(reason);
    }

    [Test]
    public async Task On_the_file_the_reason_is_for_its_author_and_the_groups_psychologist_not_for_the_other_youth_worker_nor_the_coordinator()
    {
        var youth = await CastYouthAsync();
        var reason = "motif-du-dossier-" + Guid.NewGuid().ToString("N");
        var id = await SeedAsync(youth, RequestUrgency.Low, reason, Cast(Roles.YouthWorker, Member.Author));

        foreach (var (role, member, reads) in new[]
                 {
                     (Roles.YouthWorker, Member.Author, true), (Roles.Psychologist, Member.InGroup, true),
                     (Roles.YouthWorker, Member.InGroup, false), (Roles.Coordinator, Member.OutsideGroup, false),
                 })
        {
            using var api = ApiClientOf(role, member);
            using var page = await SignedInAsync(Cast(role, member));
            var list = await api.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{youth}/psychology-requests"));
            var section = Section(await page.GetPageAsync($"/Jeunes/{youth}"), "suivi-psychologique");

            var item = list.GetProperty("items").EnumerateArray().Single();
            item.GetProperty("id").GetGuid().ShouldBe(id);
            item.GetProperty("status").GetString().ShouldBe("Waiting");
            item.GetProperty("urgency").GetString().ShouldBe("Low");
            item.GetProperty("requestedByName").GetString().ShouldBe("Compte YouthWorker");
            section.ShouldContain("Urgence : Peut attendre", customMessage: $"{role} {member} sees the request");
            if (reads)
            {
                item.GetProperty("reason").GetString().ShouldBe(reason);
                section.ShouldContain(reason);
            }
            else
            {
                item.GetProperty("reason").ValueKind.ShouldBe(JsonValueKind.Null, $"{role} {member}");
                section.ShouldNotContain(reason, customMessage: $"{role} {member}");
            }
        }
    }

    [Test]
    public async Task A_psychologist_outside_the_group_sees_the_names_and_the_reason_on_the_list_and_nothing_else_of_the_file()
    {
        var youth = await CastYouthAsync();
        var lastName = await LastNameAsync(youth);
        var reason = "motif-pour-psy-" + Guid.NewGuid().ToString("N");
        var id = await SeedAsync(youth, RequestUrgency.High, reason, Cast(Roles.YouthWorker, Member.Author));
        using var api = ApiClientOf(Roles.Psychologist, Member.OutsideGroup);
        using var page = await SignedInAsync(Cast(Roles.Psychologist, Member.OutsideGroup));

        var list = await api.Http.GetFromJsonAsync<JsonElement>(Api("psychology/waiting-list"));
        var item = Item(list, id);
        var body = item.GetRawText();

        list.GetProperty("showsReasons").GetBoolean().ShouldBeTrue();
        item.GetProperty("firstName").GetString().ShouldBe("Matrice");
        item.GetProperty("lastName").GetString().ShouldBe(lastName);
        item.GetProperty("reason").GetString().ShouldBe(reason);
        item.GetProperty("age").GetInt32().ShouldBe(16);
        item.GetProperty("interpreterNeeded").GetBoolean().ShouldBeTrue();
        item.GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("code").GetString()).ShouldBe(["fr", "ff"]);
        item.GetProperty("canOpenFile").GetBoolean().ShouldBeFalse();
        item.GetProperty("canWithdraw").GetBoolean().ShouldBeTrue();
        item.GetProperty("canChangeUrgency").GetBoolean().ShouldBeFalse();
        // Nothing else of the file: no birth date, nationality, accommodation, referral, status, referent.
        foreach (var absent in new[] { "birthDate", "nationality", "GN", "Hôtel 115", "Maraude de la gare", "status", "referent" })
        {
            body.ShouldNotContain(absent, Case.Insensitive, $"the waiting list gives no {absent}");
        }

        foreach (var path in new[] { $"/api/v1/youths/{youth}", $"/api/v1/youths/{youth}/entries", $"/api/v1/youths/{youth}/psychology-requests" })
        {
            using var refused = await api.GetAsync(path);
            refused.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }

        using var file = await page.GetAsync($"/Jeunes/{youth}");
        file.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var card = Card(await page.GetPageAsync("/Psychologie"), lastName);
        card.ShouldContain(reason);
        card.ShouldNotContain("Hôtel 115");
        card.ShouldNotContain(DayOf(Today.AddYears(-16)), customMessage: "the age, not the birth date");
    }

    [Test]
    public async Task The_reason_is_stored_encrypted_and_read_back_in_clear()
    {
        var youth = await CastYouthAsync();
        using var client = ApiClientOf(Roles.YouthWorker, Member.InGroup);
        var reason = "Pleure souvent, parle de son frère resté en Libye " + Guid.NewGuid().ToString("N");

        using var created = await client.Http.PostAsJsonAsync(Api($"youths/{youth}/psychology-requests"), new { urgency = "Normal", reason });

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        created.Headers.Location!.OriginalString.ShouldBe($"/api/v1/youths/{youth:D}/psychology-requests");
        var stored = await App.WithServiceAsync<string, RemivDbContext>(db =>
            db.Database.SqlQuery<string>($"SELECT \"Reason\" AS \"Value\" FROM \"FollowUpRequests\" WHERE \"Id\" = {id}").SingleAsync());
        stored.ShouldStartWith(SensitiveTextCipher.Prefix);
        stored.ShouldNotContain("Libye");
        var list = await client.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{youth}/psychology-requests"));
        list.GetProperty("items").EnumerateArray().Single().GetProperty("reason").GetString().ShouldBe(reason);
    }

    [Test]
    public async Task The_list_puts_the_most_urgent_first_then_the_oldest_and_says_how_long_each_has_waited()
    {
        var author = Cast(Roles.YouthWorker, Member.Author);
        var lowOld = await SeedAsync(await CastYouthAsync(), RequestUrgency.Low, "a", author, daysAgo: 40);
        var urgentNew = await SeedAsync(await CastYouthAsync(), RequestUrgency.Urgent, "b", author, daysAgo: 0);
        var normalOld = await SeedAsync(await CastYouthAsync(), RequestUrgency.Normal, "c", author, daysAgo: 12);
        var urgentOld = await SeedAsync(await CastYouthAsync(), RequestUrgency.Urgent, "d", author, daysAgo: 3);
        var normalNew = await SeedAsync(await CastYouthAsync(), RequestUrgency.Normal, "e", author, daysAgo: 1);
        var highNew = await SeedAsync(await CastYouthAsync(), RequestUrgency.High, "f", author, daysAgo: 0);
        Guid[] mine = [lowOld, urgentNew, normalOld, urgentOld, normalNew, highNew];
        using var client = ApiClientOf(Roles.Coordinator, Member.OutsideGroup);
        using var page = await SignedInAsync(Cast(Roles.Coordinator, Member.OutsideGroup));

        var list = await client.Http.GetFromJsonAsync<JsonElement>(Api("psychology/waiting-list"));
        var html = await page.GetPageAsync("/Psychologie");

        var items = list.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("id").GetGuid()).Where(mine.Contains).ShouldBe([urgentOld, urgentNew, highNew, normalOld, normalNew, lowOld]);
        Item(list, normalOld).GetProperty("daysWaiting").GetInt32().ShouldBe(12);
        Item(list, urgentNew).GetProperty("daysWaiting").GetInt32().ShouldBe(0);
        // The whole list keeps the rule, whatever the other tests left waiting.
        var urgencies = items.Select(i => Enum.Parse<RequestUrgency>(i.GetProperty("urgency").GetString()!)).ToList();
        urgencies.ShouldBe(urgencies.OrderByDescending(u => u).ToList());
        var order = mine.Select(id => html.IndexOf($"id=\"demande-{id}\"", StringComparison.Ordinal)).ToList();
        order.ShouldAllBe(position => position > 0);
        new[] { urgentOld, urgentNew, highNew, normalOld, normalNew, lowOld }.Select(id => order[Array.IndexOf(mine, id)]).ShouldBeInOrder();
        CardById(html, normalOld).ShouldContain("en attente depuis 12 jours");
        CardById(html, normalNew).ShouldContain("en attente depuis 1 jour");
        CardById(html, urgentNew).ShouldContain("demandée aujourd'hui");
        CardById(html, lowOld).ShouldContain("class=\"soon\">en attente depuis 40 jours", customMessage: "a long wait stands out");
    }

    [Test]
    public async Task Every_reason_read_writes_one_audit_line_and_a_list_without_reasons_writes_none()
    {
        var author = Cast(Roles.YouthWorker, Member.Author);
        var first = await SeedAsync(await CastYouthAsync(), RequestUrgency.High, "premier motif", author);
        var second = await SeedAsync(await CastYouthAsync(), RequestUrgency.Low, "second motif", author);
        using var psychologist = ApiClientOf(Roles.Psychologist, Member.OutsideGroup);
        using var coordinator = ApiClientOf(Roles.Coordinator, Member.OutsideGroup);
        using var otherWorker = ApiClientOf(Roles.YouthWorker, Member.InGroup);
        using var authorClient = ApiClientOf(Roles.YouthWorker, Member.Author);
        var youthOfFirst = (await StoredAsync(first)).YouthId;

        using (var list = await psychologist.GetAsync("/api/v1/psychology/waiting-list"))
        {
            list.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using (var list = await coordinator.GetAsync("/api/v1/psychology/waiting-list"))
        {
            list.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using (var file = await otherWorker.GetAsync($"/api/v1/youths/{youthOfFirst}/psychology-requests"))
        {
            file.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await ReadersAsync(first)).ShouldBe([Cast(Roles.Psychologist, Member.OutsideGroup).Id]);
        (await ReadersAsync(second)).ShouldBe([Cast(Roles.Psychologist, Member.OutsideGroup).Id]);
        using (var file = await authorClient.GetAsync($"/api/v1/youths/{youthOfFirst}/psychology-requests"))
        {
            file.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var page = await SignedInAsync(Cast(Roles.Psychologist, Member.OutsideGroup));
        (await page.GetPageAsync("/Psychologie")).ShouldContain("premier motif");
        (await ReadersAsync(first)).ShouldBe(
            [Cast(Roles.Psychologist, Member.OutsideGroup).Id, Cast(Roles.YouthWorker, Member.Author).Id, Cast(Roles.Psychologist, Member.OutsideGroup).Id],
            ignoreOrder: true);
    }

    [TestCase("", "High", "Reason", ReasonRequired)]
    [TestCase("   ", "High", "Reason", ReasonRequired)]
    [TestCase(null, "Normal", "Reason", ReasonRequired)]
    [TestCase("Angoisses", null, "Urgency", UrgencyRequired)]
    [TestCase("Angoisses", 9, "Urgency", UrgencyRequired)]
    [TestCase("Angoisses", 0, "Urgency", UrgencyRequired)]
    public async Task A_request_without_reason_or_urgency_is_refused_in_french_through_the_api_and_nothing_is_saved(
        string? reason, object? urgency, string field, string message)
    {
        var youth = await CastYouthAsync();
        using var client = ApiClientOf(Roles.YouthWorker, Member.InGroup);

        using var response = await client.Http.PostAsJsonAsync(Api($"youths/{youth}/psychology-requests"), new { urgency, reason });

        var errors = await ValidationErrorsAsync(response);
        errors.GetProperty(field).EnumerateArray().Select(m => m.GetString()).ShouldBe([message]);
        (await RequestsOfAsync(youth)).ShouldBeEmpty();
    }

    [TestCase("{\"urgency\":\"Astrologie\",\"reason\":\"Angoisses\"}")]
    [TestCase("{\"urgency\":\"High\",\"reason\":42}")]
    [TestCase("")]
    [TestCase("[]")]
    public async Task A_request_the_api_cannot_read_gets_a_400_problem_and_nothing_is_saved(string body)
    {
        var youth = await CastYouthAsync();
        using var client = ApiClientOf(Roles.YouthWorker, Member.InGroup);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await client.Http.PostAsync(Api($"youths/{youth}/psychology-requests"), content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await RequestsOfAsync(youth)).ShouldBeEmpty();
    }

    [Test]
    public async Task A_second_waiting_request_is_refused_in_french_and_a_new_one_may_be_made_once_the_first_is_withdrawn()
    {
        var youth = await CastYouthAsync();
        using var colleague = ApiClientOf(Roles.YouthWorker, Member.InGroup);
        using var author = ApiClientOf(Roles.YouthWorker, Member.Author);
        using (var first = await author.Http.PostAsJsonAsync(Api($"youths/{youth}/psychology-requests"), new { urgency = "Normal", reason = "Premier motif" }))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        }

        using var second = await colleague.Http.PostAsJsonAsync(Api($"youths/{youth}/psychology-requests"), new { urgency = "Urgent", reason = "Second motif" });

        (await MessagesAsync(second)).ShouldBe([AlreadyWaiting]);
        var stored = (await RequestsOfAsync(youth)).ShouldHaveSingleItem();
        stored.Urgency.ShouldBe(RequestUrgency.Normal);
        using (var raised = await colleague.Http.PutAsJsonAsync(Api($"psychology-requests/{stored.Id}/urgency"), new { expectedVersion = 0, urgency = "Urgent" }))
        {
            (await VersionOfAsync(raised)).ShouldBe(1);
        }

        using (var stale = await author.Http.PostAsJsonAsync(Api($"psychology-requests/{stored.Id}/withdraw"), new { expectedVersion = 0, note = "Départ" }))
        {
            stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        }

        using (var withoutNote = await author.Http.PostAsJsonAsync(Api($"psychology-requests/{stored.Id}/withdraw"), new { expectedVersion = 1, note = " " }))
        {
            (await ValidationErrorsAsync(withoutNote)).GetProperty("Note").EnumerateArray().Select(m => m.GetString()).ShouldBe([NoteRequired]);
        }

        (await StoredAsync(stored.Id)).Status.ShouldBe(RequestStatus.Waiting);
        using (var withdrawn = await author.Http.PostAsJsonAsync(Api($"psychology-requests/{stored.Id}/withdraw"), new { expectedVersion = 1, note = "Suivi au CMP" }))
        {
            (await VersionOfAsync(withdrawn)).ShouldBe(2);
        }

        using (var again = await author.Http.PostAsJsonAsync(Api($"psychology-requests/{stored.Id}/withdraw"), new { expectedVersion = 2, note = "Encore" }))
        {
            (await MessagesAsync(again)).ShouldBe(["Cette demande n'est plus en attente : rechargez la page."]);
        }

        using var third = await colleague.Http.PostAsJsonAsync(Api($"youths/{youth}/psychology-requests"), new { urgency = "High", reason = "Nouvelle demande" });
        third.StatusCode.ShouldBe(HttpStatusCode.Created, await third.Content.ReadAsStringAsync());
        (await RequestsOfAsync(youth)).Select(r => r.Status).ShouldBe([RequestStatus.Withdrawn, RequestStatus.Waiting], ignoreOrder: true);
    }

    [Test]
    public async Task Archiving_a_file_withdraws_its_waiting_request_and_the_archived_file_takes_no_new_one()
    {
        var youth = await CastYouthAsync();
        var lastName = await LastNameAsync(youth);
        var waiting = await SeedAsync(youth, RequestUrgency.High, "Avant la sortie", Cast(Roles.YouthWorker, Member.Author));
        using var coordinator = ApiClientOf(Roles.Coordinator, Member.OutsideGroup);
        var version = (await coordinator.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{youth}"))).GetProperty("version").GetInt32();
        using (var archived = await coordinator.Http.PostAsJsonAsync(Api($"youths/{youth}/archive"), new { expectedVersion = version, date = Today, reason = "Départ de la Vienne" }))
        {
            archived.StatusCode.ShouldBe(HttpStatusCode.OK, await archived.Content.ReadAsStringAsync());
        }

        var closed = await StoredAsync(waiting);
        closed.Status.ShouldBe(RequestStatus.Withdrawn);
        closed.ClosingNote.ShouldBe("Dossier archivé.");
        closed.ClosedBy.ShouldBe(Cast(Roles.Coordinator, Member.OutsideGroup).Id);

        using var refused = await coordinator.Http.PostAsJsonAsync(Api($"youths/{youth}/psychology-requests"), new { urgency = "Urgent", reason = "Après la sortie" });
        using var page = await SignedInAsync(Cast(Roles.YouthWorker, Member.InGroup));
        var form = await page.GetPageAsync($"/Psychologie/Demande?jeune={youth}");
        using var posted = await page.SubmitAsync($"/Psychologie/Demande?jeune={youth}", new Dictionary<string, string>
        {
            ["Input.YouthId"] = youth.ToString(), ["Input.Urgency"] = "Urgent", ["Input.Reason"] = "Après la sortie",
        });

        (await MessagesAsync(refused)).ShouldBe([Archived]);
        form.ShouldContain("Ce dossier est archivé : on ne peut plus y faire de demande.");
        form.ShouldNotContain("name=\"Input.Reason\"");
        posted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(posted)).ShouldContain(Archived);
        (await RequestsOfAsync(youth)).ShouldHaveSingleItem().Status.ShouldBe(RequestStatus.Withdrawn);
        Section(await page.GetPageAsync($"/Jeunes/{youth}"), "suivi-psychologique").ShouldNotContain("href=\"/Psychologie/Demande");
        (await BodyAsync(ApiClientOf(Roles.Psychologist, Member.OutsideGroup), "psychology/waiting-list")).ShouldNotContain(lastName);
    }

    [Test]
    public async Task The_page_refuses_an_empty_reason_a_missing_urgency_and_a_too_long_reason_in_french_keeping_what_was_typed()
    {
        var youth = await CastYouthAsync();
        using var client = await SignedInAsync(Cast(Roles.YouthWorker, Member.InGroup));

        using var empty = await client.SubmitAsync($"/Psychologie/Demande?jeune={youth}", new Dictionary<string, string>
        {
            ["Input.YouthId"] = youth.ToString(), ["Input.Urgency"] = "Urgent", ["Input.Reason"] = " ",
        });
        using var noUrgency = await client.SubmitAsync($"/Psychologie/Demande?jeune={youth}", new Dictionary<string, string>
        {
            ["Input.YouthId"] = youth.ToString(), ["Input.Reason"] = "Il ne mange plus",
        });
        using var unknownUrgency = await client.SubmitAsync($"/Psychologie/Demande?jeune={youth}", new Dictionary<string, string>
        {
            ["Input.YouthId"] = youth.ToString(), ["Input.Urgency"] = "Astrologie", ["Input.Reason"] = "Il ne mange plus",
        });
        using var tooLong = await client.SubmitAsync($"/Psychologie/Demande?jeune={youth}", new Dictionary<string, string>
        {
            ["Input.YouthId"] = youth.ToString(), ["Input.Urgency"] = "Low", ["Input.Reason"] = new string('a', 1001),
        });

        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        var emptyPage = await PageClient.TextOf(empty);
        FieldError(emptyPage, "Reason").ShouldBe(ReasonRequired);
        emptyPage.ShouldContain("value=\"Urgent\" checked=\"checked\"", customMessage: "the urgency chosen is kept");
        var noUrgencyPage = await PageClient.TextOf(noUrgency);
        (await PageClient.ErrorsOf(noUrgency)).ShouldContain(UrgencyRequired);
        noUrgencyPage.ShouldContain("Il ne mange plus</textarea>", customMessage: "the reason typed is kept");
        (await PageClient.ErrorsOf(unknownUrgency)).ShouldContain("Choisissez une valeur dans la liste.");
        (await PageClient.ErrorsOf(tooLong)).ShouldContain(ReasonTooLong);
        (await RequestsOfAsync(youth)).ShouldBeEmpty();
    }

    [Test]
    public async Task A_withdrawal_without_a_note_and_a_stale_urgency_change_are_refused_on_the_pages_and_change_nothing()
    {
        var youth = await CastYouthAsync();
        var lastName = await LastNameAsync(youth);
        var id = await SeedAsync(youth, RequestUrgency.Normal, "Motif", Cast(Roles.YouthWorker, Member.Author));
        using var coordinator = await SignedInAsync(Cast(Roles.Coordinator, Member.OutsideGroup));
        using var author = await SignedInAsync(Cast(Roles.YouthWorker, Member.Author));

        using var noNote = await coordinator.SubmitAsync("/Psychologie", new Dictionary<string, string>
        {
            ["Input.RequestId"] = id.ToString(), ["Input.ExpectedVersion"] = "0", ["Input.Note"] = string.Empty,
        }, "/Psychologie?handler=Withdraw");
        using (var raised = await author.SubmitAsync($"/Jeunes/{youth}", new Dictionary<string, string>
               {
                   ["Input.RequestId"] = id.ToString(), ["Input.ExpectedVersion"] = "0", ["Input.Urgency"] = "High",
               }, $"/Jeunes/{youth}?handler=RequestUrgency"))
        {
            raised.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(raised));
            raised.Headers.Location!.OriginalString.ShouldBe($"/Jeunes/{youth:D}#suivi-psychologique");
        }

        using var stale = await coordinator.SubmitAsync("/Psychologie", new Dictionary<string, string>
        {
            ["Input.RequestId"] = id.ToString(), ["Input.ExpectedVersion"] = "0", ["Input.Urgency"] = "Low",
        }, "/Psychologie?handler=Urgency");

        noNote.StatusCode.ShouldBe(HttpStatusCode.OK);
        var card = CardById(await PageClient.TextOf(noNote), id);
        card.ShouldContain("<details class=\"form-box\" open=\"open\">", customMessage: "the refused form stays open");
        card.ShouldContain($"<span class=\"error\">{NoteRequired}</span>");
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(stale)).ShouldContain("Cet élément a été modifié par quelqu'un d'autre");
        Card(await PageClient.TextOf(stale), lastName).ShouldContain("Urgence : Élevée", customMessage: "the list shows the current urgency");
        var stored = await StoredAsync(id);
        stored.Status.ShouldBe(RequestStatus.Waiting);
        stored.Urgency.ShouldBe(RequestUrgency.High);
    }

    [Test]
    public async Task The_file_offers_the_request_link_to_those_who_may_ask_and_the_change_forms_to_those_who_may_change()
    {
        var youth = await CastYouthAsync();
        using var psychologist = await SignedInAsync(Cast(Roles.Psychologist, Member.InGroup));
        using var coordinator = await SignedInAsync(Cast(Roles.Coordinator, Member.OutsideGroup));
        using var colleague = await SignedInAsync(Cast(Roles.YouthWorker, Member.InGroup));

        Section(await psychologist.GetPageAsync($"/Jeunes/{youth}"), "suivi-psychologique").ShouldNotContain("href=\"/Psychologie/Demande");
        Section(await coordinator.GetPageAsync($"/Jeunes/{youth}"), "suivi-psychologique").ShouldContain($"href=\"/Psychologie/Demande?jeune={youth}\"");
        await SeedAsync(youth, RequestUrgency.Normal, "Motif", Cast(Roles.YouthWorker, Member.Author));

        var asPsychologist = Section(await psychologist.GetPageAsync($"/Jeunes/{youth}"), "suivi-psychologique");
        var asColleague = Section(await colleague.GetPageAsync($"/Jeunes/{youth}"), "suivi-psychologique");
        var asCoordinator = Section(await coordinator.GetPageAsync($"/Jeunes/{youth}"), "suivi-psychologique");

        asPsychologist.ShouldContain("Retirer la demande");
        asPsychologist.ShouldNotContain("Changer l'urgence");
        asColleague.ShouldContain("Changer l'urgence");
        asColleague.ShouldNotContain("Retirer la demande", customMessage: "only its author, the coordination or a psychologist withdraws a request");
        asCoordinator.ShouldContain("Changer l'urgence");
        asCoordinator.ShouldContain("Retirer la demande");
        asCoordinator.ShouldNotContain("href=\"/Psychologie/Demande", customMessage: "a request already waits");
    }

    [Test]
    public async Task With_nothing_waiting_the_list_says_so_and_where_requests_are_made()
    {
        // This fixture's own database: the requests other tests left waiting are closed first.
        await App.WithServiceAsync<int, RemivDbContext>(async db =>
        {
            foreach (var waiting in await db.FollowUpRequests.Where(r => r.Status == RequestStatus.Waiting).ToListAsync())
            {
                waiting.Withdraw("Nettoyage du test", Cast(Roles.Coordinator, Member.OutsideGroup).Id, DateTimeOffset.UtcNow);
            }

            return await db.SaveChangesAsync();
        });
        using var client = await SignedInAsync(Cast(Roles.Psychologist, Member.OutsideGroup));
        using var api = ApiClientOf(Roles.Psychologist, Member.OutsideGroup);

        var page = await client.GetPageAsync("/Psychologie");

        page.ShouldContain("Aucune demande en attente.");
        page.ShouldContain("Une demande de suivi psychologique se fait depuis le dossier du jeune : section « Suivi psychologique ».");
        page.ShouldNotContain("<ul class=\"cards\">");
        (await api.Http.GetFromJsonAsync<JsonElement>(Api("psychology/waiting-list"))).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task An_unknown_or_unreadable_young_person_gives_the_404_page()
    {
        using var client = await SignedInAsync(Cast(Roles.YouthWorker, Member.InGroup));

        foreach (var page in new[] { "/Psychologie/Demande", "/Psychologie/Demande?jeune=pas-un-identifiant", $"/Psychologie/Demande?jeune={Guid.NewGuid()}" })
        {
            using var response = await client.GetAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, page);
        }

        using var api = ApiClientOf(Roles.Coordinator, Member.OutsideGroup);
        foreach (var (method, path) in new[]
                 {
                     ("GET", $"youths/{Guid.NewGuid()}/psychology-requests"), ("PUT", $"psychology-requests/{Guid.NewGuid()}/urgency"),
                     ("POST", $"psychology-requests/{Guid.NewGuid()}/withdraw"),
                 })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), Api(path));
            if (method != "GET")
            {
                request.Content = JsonContent.Create(new { expectedVersion = 0, urgency = "High", note = "x" });
            }

            using var response = await api.Http.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }
    }

    private static Uri Api(string path) => new("/api/v1/" + path, UriKind.Relative);

    /// <summary>A name of letters only that no other test uses.</summary>
    private static string UniqueName(string stem) =>
        stem + string.Concat(Guid.NewGuid().ToString("N").Take(10).Select(c => (char)('a' + (Convert.ToInt32(c.ToString(), 16) % 26))));

    private static string DayOf(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private TestAccount Cast(string role, Member member) => _cast[(role, member)].Account;

    /// <summary>A young person of 16 followed by the author (referent), the other youth worker and the psychologist of the cast.</summary>
    private Task<Guid> CastYouthAsync() =>
        App.CreateYouthAsync("Matrice", UniqueName("Demande"), Today.AddYears(-16).AddDays(-10),
            Cast(Roles.YouthWorker, Member.Author), Cast(Roles.YouthWorker, Member.InGroup), Cast(Roles.Psychologist, Member.InGroup));

    /// <summary>A waiting request written <paramref name="daysAgo"/> days ago (at noon, hub time) by <paramref name="author"/>.</summary>
    private Task<Guid> SeedAsync(Guid youthId, RequestUrgency urgency, string reason, TestAccount author, int daysAgo = 0) =>
        App.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
            var at = daysAgo == 0 ? DateTimeOffset.UtcNow : AtNoon(Today.AddDays(-daysAgo), paris);
            var youth = await db.Youths.SingleAsync(y => y.Id == youthId);
            var request = FollowUpRequest.Make(youth, urgency, reason, author.Id, at);
            db.FollowUpRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });

    private static DateTimeOffset AtNoon(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(new TimeOnly(12, 0));
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private Task<int> AddAliasAsync(Guid youthId, string alias) =>
        App.WithServiceAsync<int, RemivDbContext>(async db =>
        {
            var youth = await db.Youths.SingleAsync(y => y.Id == youthId);
            youth.AddAlias(alias, null);
            return await db.SaveChangesAsync();
        });

    private Task<string> LastNameAsync(Guid youthId) =>
        App.WithServiceAsync<string, RemivDbContext>(db => db.Youths.Where(y => y.Id == youthId).Select(y => y.LastName).SingleAsync());

    private Task<List<FollowUpRequest>> RequestsOfAsync(Guid youthId) =>
        App.WithServiceAsync<List<FollowUpRequest>, RemivDbContext>(db => db.FollowUpRequests.AsNoTracking().Where(r => r.YouthId == youthId).ToListAsync());

    private Task<FollowUpRequest> StoredAsync(Guid requestId) =>
        App.WithServiceAsync<FollowUpRequest, RemivDbContext>(db => db.FollowUpRequests.AsNoTracking().SingleAsync(r => r.Id == requestId));

    /// <summary>Who read the reason of this request, one line per reading.</summary>
    private Task<List<Guid?>> ReadersAsync(Guid requestId) =>
        App.WithServiceAsync<List<Guid?>, RemivDbContext>(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == "psychology.request-read" && a.TargetType == "FollowUpRequest" && a.TargetId == requestId.ToString())
            .OrderBy(a => a.OccurredAt).Select(a => a.ActorId).ToListAsync());

    private PageClient ApiClientOf(string role, Member member)
    {
        var client = App.CreatePageClient();
        if (role != Anonymous)
        {
            client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _cast[(role, member)].Token);
        }

        return client;
    }

    private async Task<PageClient> SignedInAsync(TestAccount account)
    {
        var client = App.CreatePageClient();
        await client.SignInAsync(account);
        return client;
    }

    /// <summary>Posts a form as a signed-in browser would (with the antiforgery token of a page every account opens), or bare when anonymous.</summary>
    private static async Task<HttpResponseMessage> PostAsync(PageClient client, string role, string action, Dictionary<string, string> fields)
    {
        if (role != Anonymous)
        {
            return await client.SubmitAsync("/Compte", fields, action);
        }

        using var content = new FormUrlEncodedContent(fields);
        return await client.Http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    private static async Task<string> BodyAsync(PageClient client, string path)
    {
        using var response = await client.GetAsync("/api/v1/" + path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static JsonElement Item(JsonElement list, Guid id) =>
        list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);

    private static async Task<int> VersionOfAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
    }

    private static async Task<JsonElement> ValidationErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    /// <summary>Every message of a validation problem, whatever field it is filed under.</summary>
    private static async Task<List<string?>> MessagesAsync(HttpResponseMessage response) =>
        [.. (await ValidationErrorsAsync(response)).EnumerateObject().SelectMany(e => e.Value.EnumerateArray().Select(m => m.GetString()))];

    private static string Section(string page, string id)
    {
        var match = Regex.Match(page, $"<section id=\"{id}\".*?</section>", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        match.Success.ShouldBeTrue($"the page has the section {id}");
        return match.Value;
    }

    /// <summary>The waiting list's card of the young person with this (unique) last name.</summary>
    private static string Card(string page, string lastName)
    {
        var match = Regex.Match(page, $"<li id=\"demande-[^\"]+\">(?:(?!<li id=\"demande-).)*?{Regex.Escape(lastName)}.*?(?=<li id=\"demande-|</ul>)",
            RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        match.Success.ShouldBeTrue($"the list shows {lastName}");
        return match.Value;
    }

    private static string CardById(string page, Guid id)
    {
        var match = Regex.Match(page, $"<li id=\"demande-{id}\">.*?(?=<li id=\"demande-|</ul>)", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        match.Success.ShouldBeTrue($"the list shows the request {id}");
        return match.Value;
    }

    /// <summary>The message shown beside a field (the first error line after it).</summary>
    private static string FieldError(string page, string field)
    {
        var match = Regex.Match(page, $"name=\"Input\\.{field}\".*?<span class=\"error\">(.*?)</span>", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        match.Success.ShouldBeTrue($"an error line follows {field}");
        return match.Groups[1].Value;
    }
}

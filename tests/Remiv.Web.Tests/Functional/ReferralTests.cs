using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;
using static Remiv.Web.Tests.Functional.PartnerDirectoryTests;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// Referrals through the real pipeline and database, pages and API: who refers whom (every role, inside and outside the
/// follow-up group), the psychological track kept to psychologists everywhere (lists, API, the open list, the timeline,
/// the partner's counts), the French refusals that leave nothing saved, the dated steps on the young person's timeline
/// with the partner's name, and every read audited. The fixture's database is shared: every test uses names of its own.
/// </summary>
public sealed class ReferralTests(string provider) : FunctionalFixture(provider)
{
    public enum Member
    {
        /// <summary>Not in the young person's follow-up group (a coordinator sees every file anyway).</summary>
        OutsideGroup,

        /// <summary>In the young person's follow-up group.</summary>
        InGroup,
    }

    private const string Anonymous = "Anonymous";
    private const string UnknownPartnerMessage = "Ce partenaire n'existe pas : choisissez-en un dans l'annuaire.";
    private const string WithdrawnMessage = "Ce partenaire ne travaille plus avec le pôle : choisissez-en un autre.";
    private const string ArchivedMessage = "Ce dossier est archivé : il n'est plus possible d'orienter ce jeune.";
    private const string FutureMessage = "Cette date ne peut pas être dans le futur.";
    private const string BeforeFirstContactMessage = "Une orientation ne peut pas précéder le premier contact avec le jeune.";
    private const string OutcomeMessage = "Indiquez le résultat de l'orientation (par exemple : inscrit en CAP cuisine).";
    private const string FinalMessage = "Cette orientation est terminée : créez-en une nouvelle si besoin.";

    private const string ListYouth = "GET /youths/{id}/referrals";
    private const string ProposeHousing = "POST /youths/{id}/referrals (Housing)";
    private const string ProposePsychological = "POST /youths/{id}/referrals (Psychological)";
    private const string ReadHousing = "GET /referrals/{housing}";
    private const string ReadPsychological = "GET /referrals/{psychological}";
    private const string ChangeHousing = "POST /referrals/{housing}/status";
    private const string OpenList = "GET /referrals";
    private const string YouthPage = "page /Jeunes/{id}/Orientations";
    private const string OpenPage = "page /Orientations";

    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Created = HttpStatusCode.Created;
    private const HttpStatusCode Unauthorized = HttpStatusCode.Unauthorized;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;
    private const HttpStatusCode NotFound = HttpStatusCode.NotFound;
    private const HttpStatusCode Redirect = HttpStatusCode.Redirect;

    /// <summary>
    /// The specification. Each case's young person is followed by the in-group youth worker (referent) and psychologist,
    /// and has a housing referral and a psychological one. 404 where the caller may refer but not see that file or that
    /// track; 403 where the caller's role may not do it at all.
    /// </summary>
    private static readonly (string Role, Member Member, string Endpoint, HttpStatusCode Expected)[] Matrix =
    [
        (Anonymous,          Member.OutsideGroup, ListYouth,            Unauthorized),
        (Anonymous,          Member.OutsideGroup, ProposeHousing,       Unauthorized),
        (Anonymous,          Member.OutsideGroup, ReadHousing,          Unauthorized),
        (Anonymous,          Member.OutsideGroup, ChangeHousing,        Unauthorized),
        (Anonymous,          Member.OutsideGroup, OpenList,             Unauthorized),
        (Anonymous,          Member.OutsideGroup, YouthPage,            Redirect),
        (Anonymous,          Member.OutsideGroup, OpenPage,             Redirect),

        (Roles.Admin,        Member.OutsideGroup, ListYouth,            Forbidden),
        (Roles.Admin,        Member.OutsideGroup, ProposeHousing,       Forbidden),
        (Roles.Admin,        Member.OutsideGroup, ProposePsychological, Forbidden),
        (Roles.Admin,        Member.OutsideGroup, ReadHousing,          Forbidden),
        (Roles.Admin,        Member.OutsideGroup, ChangeHousing,        Forbidden),
        (Roles.Admin,        Member.OutsideGroup, OpenList,             Forbidden),
        (Roles.Admin,        Member.OutsideGroup, YouthPage,            Forbidden),
        (Roles.Admin,        Member.OutsideGroup, OpenPage,             Forbidden),

        (Roles.Coordinator,  Member.OutsideGroup, ListYouth,            Ok),
        (Roles.Coordinator,  Member.OutsideGroup, ProposeHousing,       Created),
        (Roles.Coordinator,  Member.OutsideGroup, ProposePsychological, Forbidden),
        (Roles.Coordinator,  Member.OutsideGroup, ReadHousing,          Ok),
        (Roles.Coordinator,  Member.OutsideGroup, ReadPsychological,    NotFound),
        (Roles.Coordinator,  Member.OutsideGroup, ChangeHousing,        Ok),
        (Roles.Coordinator,  Member.OutsideGroup, OpenList,             Ok),
        (Roles.Coordinator,  Member.OutsideGroup, YouthPage,            Ok),
        (Roles.Coordinator,  Member.OutsideGroup, OpenPage,             Ok),

        (Roles.YouthWorker,  Member.InGroup,      ListYouth,            Ok),
        (Roles.YouthWorker,  Member.InGroup,      ProposeHousing,       Created),
        (Roles.YouthWorker,  Member.InGroup,      ProposePsychological, Forbidden),
        (Roles.YouthWorker,  Member.InGroup,      ReadHousing,          Ok),
        (Roles.YouthWorker,  Member.InGroup,      ReadPsychological,    NotFound),
        (Roles.YouthWorker,  Member.InGroup,      ChangeHousing,        Ok),
        (Roles.YouthWorker,  Member.InGroup,      OpenList,             Ok),
        (Roles.YouthWorker,  Member.InGroup,      YouthPage,            Ok),
        (Roles.YouthWorker,  Member.InGroup,      OpenPage,             Ok),

        (Roles.YouthWorker,  Member.OutsideGroup, ListYouth,            NotFound),
        (Roles.YouthWorker,  Member.OutsideGroup, ProposeHousing,       NotFound),
        (Roles.YouthWorker,  Member.OutsideGroup, ReadHousing,          NotFound),
        (Roles.YouthWorker,  Member.OutsideGroup, ChangeHousing,        NotFound),
        (Roles.YouthWorker,  Member.OutsideGroup, YouthPage,            NotFound),

        (Roles.Psychologist, Member.InGroup,      ListYouth,            Ok),
        (Roles.Psychologist, Member.InGroup,      ProposeHousing,       Forbidden),
        (Roles.Psychologist, Member.InGroup,      ProposePsychological, Created),
        (Roles.Psychologist, Member.InGroup,      ReadHousing,          NotFound),
        (Roles.Psychologist, Member.InGroup,      ReadPsychological,    Ok),
        (Roles.Psychologist, Member.InGroup,      ChangeHousing,        NotFound),
        (Roles.Psychologist, Member.InGroup,      OpenList,             Ok),
        (Roles.Psychologist, Member.InGroup,      YouthPage,            Ok),
        (Roles.Psychologist, Member.InGroup,      OpenPage,             Ok),

        (Roles.Psychologist, Member.OutsideGroup, ListYouth,            NotFound),
        (Roles.Psychologist, Member.OutsideGroup, ProposePsychological, NotFound),
        (Roles.Psychologist, Member.OutsideGroup, ReadPsychological,    NotFound),
    ];

    private readonly Dictionary<(string Role, Member Member), TestAccount> _cast = [];

    private Guid _housing;
    private Guid _psychotrauma;

    /// <summary>The hub's day (Europe/Paris), as the application counts it.</summary>
    private static DateOnly Today =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);

    public static IEnumerable<TestCaseData> Specification() =>
        Matrix.Select(row => new TestCaseData(row.Role, row.Member, row.Endpoint, row.Expected));

    [OneTimeSetUp]
    public async Task CreateTheCastAndPartners()
    {
        foreach (var key in Matrix.Where(r => r.Role != Anonymous).Select(r => (r.Role, r.Member)).Distinct())
        {
            _cast[key] = await App.CreateAccountAsync(key.Role);
        }

        using var coordination = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));
        _housing = await CreateAsync(coordination, new { name = UniqueName("Audacia "), type = "Association" });
        _psychotrauma = await CreateAsync(coordination, new { name = UniqueName("Coallia "), type = "Association" });
    }

    [TestCaseSource(nameof(Specification))]
    public async Task Every_role_reaches_exactly_the_referrals_it_may(string role, Member member, string endpoint, HttpStatusCode expected)
    {
        var worker = _cast.GetValueOrDefault((Roles.YouthWorker, Member.InGroup)) ?? await App.CreateAccountAsync(Roles.YouthWorker);
        var psychologist = _cast.GetValueOrDefault((Roles.Psychologist, Member.InGroup)) ?? await App.CreateAccountAsync(Roles.Psychologist);
        var youth = await App.CreateYouthAsync("Moussa", UniqueName("Traoré"), Today.AddYears(-16), worker, psychologist);
        using var workerApi = await ApiClientAsync(worker);
        using var psychologistApi = await ApiClientAsync(psychologist);
        var housing = await ProposeAsync(workerApi, youth, _housing, "Housing", "Logement en colocation");
        var psychological = await ProposeAsync(psychologistApi, youth, _psychotrauma, "Psychological", "Soins du psychotraumatisme");

        using var client = role == Anonymous ? App.CreatePageClient() : await ClientForAsync(_cast[(role, member)], endpoint.StartsWith("page", StringComparison.Ordinal));
        using var response = endpoint switch
        {
            ListYouth => await client.Http.GetAsync(Api($"youths/{youth}/referrals")),
            ProposeHousing => await client.Http.PostAsJsonAsync(Api($"youths/{youth}/referrals"), new { partnerId = _housing, track = "Housing", need = "Hébergement" }),
            ProposePsychological => await client.Http.PostAsJsonAsync(Api($"youths/{youth}/referrals"),
                new { partnerId = _psychotrauma, track = "Psychological", need = "Consultation" }),
            ReadHousing => await client.Http.GetAsync(Api($"referrals/{housing}")),
            ReadPsychological => await client.Http.GetAsync(Api($"referrals/{psychological}")),
            ChangeHousing => await client.Http.PostAsJsonAsync(Api($"referrals/{housing}/status"), new { expectedVersion = 0, status = "Accepted" }),
            OpenList => await client.Http.GetAsync(Api("referrals")),
            YouthPage => await client.GetAsync($"/Jeunes/{youth}/Orientations"),
            OpenPage => await client.GetAsync("/Orientations"),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint)),
        };

        response.StatusCode.ShouldBe(expected, $"{role} ({member}) {endpoint}: {await response.Content.ReadAsStringAsync()}");
        if (expected == Redirect)
        {
            response.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
        }

        if ((int)expected >= 400 && endpoint != YouthPage && endpoint != OpenPage)
        {
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }
    }

    [Test]
    public async Task A_psychological_referral_is_seen_by_the_psychologist_alone_everywhere()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var lastName = UniqueName("Haile");
        var youth = await App.CreateYouthAsync("Senait", lastName, Today.AddYears(-16), worker, psychologist);
        using var psychologistApi = await ApiClientAsync(psychologist);
        using var workerApi = await ApiClientAsync(worker);
        var secretNeed = UniqueName("Consultation psychotrauma ");
        var visibleNeed = UniqueName("Colocation ");
        var secret = await ProposeAsync(psychologistApi, youth, _psychotrauma, "Psychological", secretNeed);
        var visible = await ProposeAsync(workerApi, youth, _housing, "Housing", visibleNeed);

        foreach (var reader in new[] { worker, coordinator })
        {
            using var api = await ApiClientAsync(reader);
            var list = await api.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{youth}/referrals"));
            list.GetProperty("referrals").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldBe([visible], reader.Role);
            (await api.Http.GetAsync(Api($"referrals/{secret}"))).StatusCode.ShouldBe(NotFound, reader.Role);
            (await api.Http.PostAsJsonAsync(Api($"referrals/{secret}/status"), new { expectedVersion = 0, status = "Accepted" })).StatusCode.ShouldBe(NotFound);
            var open = await api.Http.GetFromJsonAsync<JsonElement>(Api("referrals"));
            var openIds = open.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
            openIds.ShouldContain(visible, reader.Role);
            openIds.ShouldNotContain(secret, reader.Role);
            var timeline = await api.Http.GetStringAsync(Api($"youths/{youth}/entries"));
            timeline.ShouldContain(visibleNeed);
            timeline.ShouldNotContain(secretNeed, customMessage: reader.Role);
            (await api.Http.GetFromJsonAsync<JsonElement>(Api($"partners/{_psychotrauma}"))).GetProperty("referrals").EnumerateArray()
                .Sum(c => c.GetProperty("count").GetInt32()).ShouldBe(0, "the partner's counts leave out what the reader may not read");

            using var pages = await SignedInAsync(reader);
            var youthPage = await pages.GetPageAsync($"/Jeunes/{youth}/Orientations");
            youthPage.ShouldContain(visibleNeed);
            youthPage.ShouldNotContain(secretNeed);
            youthPage.ShouldNotContain("<option value=\"Psychological\"", customMessage: "only the tracks the reader may write are offered");
            var openPage = await pages.GetPageAsync("/Orientations");
            openPage.ShouldContain(visibleNeed);
            openPage.ShouldNotContain(secretNeed);
        }

        var own = await psychologistApi.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{youth}/referrals"));
        own.GetProperty("referrals").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldBe([secret]);
        own.GetProperty("writableTracks").EnumerateArray().Select(t => t.GetString()).ShouldBe(["Psychological"]);
        (await psychologistApi.Http.GetFromJsonAsync<JsonElement>(Api($"referrals/{secret}"))).GetProperty("need").GetString().ShouldBe(secretNeed);
        (await psychologistApi.Http.GetStringAsync(Api($"youths/{youth}/entries"))).ShouldContain(secretNeed);
        using var psychologistPages = await SignedInAsync(psychologist);
        (await psychologistPages.GetPageAsync("/Orientations")).ShouldContain(secretNeed);
        (await psychologistPages.GetPageAsync($"/Jeunes/{youth}/Orientations")).ShouldContain(secretNeed);
    }

    [Test]
    public async Task Bad_referrals_are_refused_in_french_and_nothing_is_saved()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var api = await ApiClientAsync(worker);
        using var coordination = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));
        var youth = await App.CreateYouthAsync("Ousmane", UniqueName("Bah"), Today.AddYears(-16), worker);
        var withdrawn = await CreateAsync(coordination, new { name = UniqueName("Ancien partenaire "), type = "Association" });
        (await coordination.Http.PutAsJsonAsync(Api($"partners/{withdrawn}"), new { expectedVersion = 0, name = UniqueName("Ancien partenaire "), type = "Association", isActive = false }))
            .StatusCode.ShouldBe(Ok);
        var before = await ReferralCountAsync(youth);

        (await MessagesAsync(await api.Http.PostAsJsonAsync(Api($"youths/{youth}/referrals"), new { partnerId = Guid.NewGuid(), track = "Housing", need = "Logement" }), "PartnerId"))
            .ShouldBe([UnknownPartnerMessage]);
        (await MessagesAsync(await api.Http.PostAsJsonAsync(Api($"youths/{youth}/referrals"), new { track = "Housing", need = "Logement" }), "PartnerId"))
            .ShouldBe([UnknownPartnerMessage]);
        (await MessagesAsync(await api.Http.PostAsJsonAsync(Api($"youths/{youth}/referrals"), new { partnerId = withdrawn, track = "Housing", need = "Logement" }), "PartnerId"))
            .ShouldBe([WithdrawnMessage]);
        (await MessagesAsync(await api.Http.PostAsJsonAsync(Api($"youths/{youth}/referrals"),
            new { partnerId = _housing, track = "Housing", need = "Logement", date = Today.AddDays(2) }), "ProposedOn")).ShouldBe([FutureMessage]);
        (await MessagesAsync(await api.Http.PostAsJsonAsync(Api($"youths/{youth}/referrals"),
            new { partnerId = _housing, track = "Housing", need = "Logement", date = Today.AddDays(-60) }), "ProposedOn")).ShouldBe([BeforeFirstContactMessage]);
        (await MessagesAsync(await api.Http.PostAsJsonAsync(Api($"youths/{youth}/referrals"), new { partnerId = _housing, track = "Housing", need = " " }), "Need"))
            .ShouldNotBeEmpty();
        (await ReferralCountAsync(youth)).ShouldBe(before);

        var referral = await ProposeAsync(api, youth, _housing, "Housing", "Logement", Today.AddDays(-5));
        (await MessagesAsync(await api.Http.PostAsJsonAsync(Api($"referrals/{referral}/status"), new { expectedVersion = 0, status = "Done" }), "Outcome"))
            .ShouldBe([OutcomeMessage]);
        (await MessagesAsync(await api.Http.PostAsJsonAsync(Api($"referrals/{referral}/status"), new { expectedVersion = 0, status = "Accepted", date = Today.AddDays(2) }), "StatusDate"))
            .ShouldBe([FutureMessage]);
        using (var stale = await api.Http.PostAsJsonAsync(Api($"referrals/{referral}/status"), new { expectedVersion = 3, status = "Accepted" }))
        {
            stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            stale.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }

        (await StepCountAsync(referral)).ShouldBe(1);
        using (var done = await api.Http.PostAsJsonAsync(Api($"referrals/{referral}/status"), new { expectedVersion = 0, status = "Done", outcome = "Entrée en colocation." }))
        {
            done.StatusCode.ShouldBe(Ok, await done.Content.ReadAsStringAsync());
            (await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().ShouldBe(1);
        }

        (await MessagesAsync(await api.Http.PostAsJsonAsync(Api($"referrals/{referral}/status"), new { expectedVersion = 1, status = "InProgress" }), "Status"))
            .ShouldBe([FinalMessage]);
        (await StepCountAsync(referral)).ShouldBe(2);

        await ArchiveAsync(youth);
        (await MessagesAsync(await api.Http.PostAsJsonAsync(Api($"youths/{youth}/referrals"), new { partnerId = _housing, track = "Housing", need = "Logement" }), "YouthId"))
            .ShouldBe([ArchivedMessage]);
        (await ReferralCountAsync(youth)).ShouldBe(before + 1);
        using var malformed = await api.Http.PostAsync(Api($"youths/{youth}/referrals"), new StringContent("{\"track\":\"Nulle part\"}", System.Text.Encoding.UTF8, "application/json"));
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Each_step_appears_dated_on_the_timeline_with_the_partner_name_and_reads_are_audited()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var api = await ApiClientAsync(worker);
        var partnerName = UniqueName("Mission locale ");
        using var coordination = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));
        var partner = await CreateAsync(coordination, new { name = partnerName, type = "MissionLocale" });
        var youth = await App.CreateYouthAsync("Abdoulaye", UniqueName("Sylla"), Today.AddYears(-17), worker);
        var referral = await ProposeAsync(api, youth, partner, "EducationTraining", "Inscription en CAP", Today.AddDays(-10));
        (await api.Http.PostAsJsonAsync(Api($"referrals/{referral}/status"), new { expectedVersion = 0, status = "Accepted", date = Today.AddDays(-4), outcome = "Rendez-vous pris." }))
            .StatusCode.ShouldBe(Ok);

        var timeline = await api.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{youth}/entries"));
        var steps = timeline.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("kind").GetString() == "ReferralStep").ToList();
        steps.Select(s => s.GetProperty("referralStatus").GetString()).ShouldBe(["Accepted", "Proposed"]);
        steps.Select(s => s.GetProperty("date").GetString()).ShouldBe([$"{Today.AddDays(-4):yyyy-MM-dd}", $"{Today.AddDays(-10):yyyy-MM-dd}"]);
        steps.ShouldAllBe(s => s.GetProperty("partner").GetString() == partnerName);
        steps[0].GetProperty("note").GetString().ShouldBe("Rendez-vous pris.");

        var read = await api.Http.GetFromJsonAsync<JsonElement>(Api($"referrals/{referral}"));
        read.GetProperty("partnerName").GetString().ShouldBe(partnerName);
        read.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("recordedByName").GetString()).ShouldAllBe(n => n == "Compte " + Roles.YouthWorker);
        read.GetProperty("nextStatuses").EnumerateArray().Select(s => s.GetString()).ShouldBe(["InProgress", "Done", "Refused", "NoAnswer"]);
        (await api.Http.GetAsync(Api($"youths/{youth}/referrals"))).StatusCode.ShouldBe(Ok);
        var audit = await App.WithServiceAsync<List<string>, RemivDbContext>(db => db.AuditEntries
            .Where(a => a.TargetId == youth.ToString() || a.TargetId == referral.ToString()).Select(a => a.Action).ToListAsync());
        audit.ShouldContain("referral.proposed");
        audit.ShouldContain("referral.status-changed");
        audit.ShouldContain("referral.read");
        audit.ShouldContain("youth.referrals-viewed");
    }

    [Test]
    public async Task On_the_pages_a_youth_worker_refers_a_young_person_and_follows_the_open_referrals()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var lastName = UniqueName("Diakité");
        var youth = await App.CreateYouthAsync("Fatoumata", lastName, Today.AddYears(-16), worker);
        using var client = await SignedInAsync(worker);
        var page = $"/Jeunes/{youth}/Orientations";

        var empty = await client.GetPageAsync(page);
        empty.ShouldContain("Aucune orientation pour l'instant.");
        empty.ShouldContain($"value=\"{Today:yyyy-MM-dd}\"", customMessage: "the date defaults to today");
        empty.ShouldContain($"<option value=\"{_housing}\"");

        using (var unknown = await client.SubmitAsync(page, new Dictionary<string, string>
               {
                   ["Input.PartnerId"] = Guid.NewGuid().ToString(), ["Input.Track"] = "Housing", ["Input.Need"] = "Logement", ["Input.Date"] = $"{Today:yyyy-MM-dd}",
               }, page + "?handler=Propose"))
        {
            unknown.StatusCode.ShouldBe(Ok);
            (await PageClient.ErrorsOf(unknown)).ShouldContain(UnknownPartnerMessage);
        }

        (await ReferralCountAsync(youth)).ShouldBe(0);
        using (var proposed = await client.SubmitAsync(page, new Dictionary<string, string>
               {
                   ["Input.PartnerId"] = _housing.ToString(), ["Input.Track"] = "Housing", ["Input.Need"] = "Colocation avec bail individuel",
                   ["Input.Date"] = $"{Today.AddDays(-3):yyyy-MM-dd}",
               }, page + "?handler=Propose"))
        {
            proposed.StatusCode.ShouldBe(Redirect, await PageClient.ErrorsOf(proposed));
        }

        var referral = await App.WithServiceAsync<Guid, RemivDbContext>(db => db.Referrals.Where(r => r.YouthId == youth).Select(r => r.Id).SingleAsync());
        var listed = await client.GetPageAsync(page);
        listed.ShouldContain("Colocation avec bail individuel");
        listed.ShouldContain("Proposée le " + Today.AddDays(-3).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));

        using (var withoutOutcome = await client.SubmitAsync(page, new Dictionary<string, string>
               {
                   ["Input.ReferralId"] = referral.ToString(), ["Input.ExpectedVersion"] = "0", ["Input.Status"] = "Done", ["Input.Date"] = $"{Today:yyyy-MM-dd}",
               }, page + "?handler=Status"))
        {
            withoutOutcome.StatusCode.ShouldBe(Ok);
            (await PageClient.ErrorsOf(withoutOutcome)).ShouldContain(OutcomeMessage);
        }

        (await StepCountAsync(referral)).ShouldBe(1);
        var open = await client.GetPageAsync("/Orientations");
        open.ShouldContain("Fatoumata " + lastName);
        open.ShouldContain($"href=\"/Jeunes/{youth}\"");
        (await client.GetPageAsync($"/Orientations?statut=Accepted&partenaire={_housing}")).ShouldNotContain(lastName);
        (await client.GetPageAsync($"/Orientations?statut=Proposed&partenaire={_housing}")).ShouldContain(lastName);

        using (var accepted = await client.SubmitAsync(page, new Dictionary<string, string>
               {
                   ["Input.ReferralId"] = referral.ToString(), ["Input.ExpectedVersion"] = "0", ["Input.Status"] = "Done", ["Input.Date"] = $"{Today:yyyy-MM-dd}",
                   ["Input.Outcome"] = "Entrée dans la colocation.",
               }, page + "?handler=Status"))
        {
            accepted.StatusCode.ShouldBe(Redirect, await PageClient.ErrorsOf(accepted));
        }

        var done = await client.GetPageAsync(page);
        done.ShouldContain("Entrée dans la colocation.");
        done.ShouldNotContain("Enregistrer le statut", customMessage: "a referral done takes no further status");
        (await client.GetPageAsync("/Orientations")).ShouldNotContain(lastName, customMessage: "a referral done leaves the open list");
        var partnerPage = await client.GetPageAsync($"/Partenaires/{_housing}");
        partnerPage.ShouldContain("Réalisée");
        partnerPage.ShouldNotContain(lastName, customMessage: "the partner's page shows counts, never names");
    }

    [Test]
    public async Task The_open_list_shows_the_oldest_status_first()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var api = await ApiClientAsync(worker);
        var recent = await App.CreateYouthAsync("Récent", UniqueName("Koné"), Today.AddYears(-16), worker);
        var old = await App.CreateYouthAsync("Ancien", UniqueName("Koné"), Today.AddYears(-16), worker);
        var recentReferral = await ProposeAsync(api, recent, _housing, "Housing", "Logement", Today.AddDays(-1));
        var oldReferral = await ProposeAsync(api, old, _housing, "Housing", "Logement", Today.AddDays(-20));
        var noAnswer = await ProposeAsync(api, old, _housing, "Social", "Accompagnement", Today.AddDays(-25));
        (await api.Http.PostAsJsonAsync(Api($"referrals/{noAnswer}/status"), new { expectedVersion = 0, status = "NoAnswer", date = Today.AddDays(-5) })).StatusCode.ShouldBe(Ok);

        var open = await api.Http.GetFromJsonAsync<JsonElement>(Api("referrals"));
        open.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([oldReferral, noAnswer, recentReferral]);
        var waiting = await api.Http.GetFromJsonAsync<JsonElement>(Api("referrals?status=NoAnswer"));
        waiting.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([noAnswer]);
        (await MessagesAsync(await api.Http.GetAsync(Api("referrals?status=Done")), "Status")).ShouldNotBeEmpty();
    }

    private static Uri Api(string path) => PartnerDirectoryTests.Api(path);

    private static async Task<Guid> ProposeAsync(PageClient client, Guid youth, Guid partner, string track, string need, DateOnly? date = null)
    {
        using var response = await client.Http.PostAsJsonAsync(Api($"youths/{youth}/referrals"), new { partnerId = partner, track, need, date });
        response.StatusCode.ShouldBe(Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<int> ReferralCountAsync(Guid youth) => App.WithServiceAsync<int, RemivDbContext>(db => db.Referrals.CountAsync(r => r.YouthId == youth));

    private Task<int> StepCountAsync(Guid referral) =>
        App.WithServiceAsync<int, RemivDbContext>(db => db.Referrals.Where(r => r.Id == referral).SelectMany(r => r.History).CountAsync());

    private Task<int> ArchiveAsync(Guid youth) => App.WithServiceAsync<int, RemivDbContext>(async db =>
    {
        var file = await db.Youths.SingleAsync(y => y.Id == youth);
        file.Archive(Today, ExitReason.MovedAway, null, null, Today, DateTimeOffset.UtcNow);
        return await db.SaveChangesAsync();
    });

    private async Task<PageClient> ClientForAsync(TestAccount account, bool pages) => pages ? await SignedInAsync(account) : await ApiClientAsync(account);

    private async Task<PageClient> ApiClientAsync(TestAccount account)
    {
        var client = App.CreatePageClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(client, account));
        return client;
    }

    private async Task<PageClient> SignedInAsync(TestAccount account)
    {
        var client = App.CreatePageClient();
        await client.SignInAsync(account);
        return client;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The partner directory through the real pipeline and database, pages and API: who reads it and who edits it (every
/// role), creating, changing, withdrawing and reactivating a partner, its contacts with phone and e-mail links, the
/// filters, and the French refusals (a name the directory already has, whatever the case; a bad phone, e-mail or
/// website; a stale version) that leave nothing saved. The fixture's database is shared: every test uses names of its own.
/// </summary>
public sealed class PartnerDirectoryTests(string provider) : FunctionalFixture(provider)
{
    private const string DuplicateMessage = "Un partenaire porte déjà ce nom dans l'annuaire : ouvrez sa fiche plutôt que d'en créer un second.";
    private const string PhoneMessage = "Ce numéro de téléphone n'est pas valide (par exemple : 05 49 00 00 00).";
    private const string EmailMessage = "Cette adresse e-mail n'est pas valide (par exemple : accueil@partenaire.fr).";
    private const string WebsiteMessage = "Indiquez l'adresse complète du site (par exemple : https://www.coallia.org).";

    [TestCase(Roles.Coordinator)]
    [TestCase(Roles.YouthWorker)]
    public async Task Coordinators_and_youth_workers_read_and_edit_the_directory_through_the_api(string role)
    {
        using var client = await ApiClientAsync(await App.CreateAccountAsync(role));
        var name = UniqueName("Association Soleil ");

        var id = await CreateAsync(client, new { name, type = "Association", phone = "05 49 11 22 33", email = "soleil@example.org" });
        using var contact = await client.Http.PostAsJsonAsync(Api($"partners/{id}/contacts"), new { name = "Accueil", role = "Secrétariat", phone = "05 49 00 00 00" });
        contact.StatusCode.ShouldBe(HttpStatusCode.Created, await contact.Content.ReadAsStringAsync());
        var contactId = (await contact.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var read = await client.Http.GetFromJsonAsync<JsonElement>(Api($"partners/{id}"));
        using var changed = await client.Http.PutAsJsonAsync(Api($"partners/{id}"), new
        {
            expectedVersion = read.GetProperty("version").GetInt32(), name, type = "Health", phone = "05 49 11 22 44", website = "https://soleil.example.org",
        });
        using var removed = await client.Http.DeleteAsync(Api($"partners/{id}/contacts/{contactId}"));

        read.GetProperty("name").GetString().ShouldBe(name);
        read.GetProperty("type").GetString().ShouldBe("Association");
        read.GetProperty("isActive").GetBoolean().ShouldBeTrue();
        read.GetProperty("contacts").EnumerateArray().Single().GetProperty("role").GetString().ShouldBe("Secrétariat");
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var after = await client.Http.GetFromJsonAsync<JsonElement>(Api($"partners/{id}"));
        after.GetProperty("type").GetString().ShouldBe("Health");
        after.GetProperty("phone").GetString().ShouldBe("05 49 11 22 44");
        after.GetProperty("email").ValueKind.ShouldBe(JsonValueKind.Null, "a change restates the whole partner");
        after.GetProperty("website").GetString().ShouldBe("https://soleil.example.org");
        after.GetProperty("contacts").GetArrayLength().ShouldBe(0);
        var list = await client.Http.GetFromJsonAsync<JsonElement>(Api("partners?type=Health"));
        list.EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldContain(name);
        list.EnumerateArray().ShouldAllBe(p => p.GetProperty("type").GetString() == "Health");
    }

    [Test]
    public async Task A_psychologist_reads_the_directory_but_cannot_change_it()
    {
        using var coordination = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));
        var id = await CreateAsync(coordination, new { name = UniqueName("Lecture seule "), type = "Association" });
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        using var client = await ApiClientAsync(psychologist);
        using var pages = await SignedInAsync(psychologist);

        (await client.Http.GetAsync(Api("partners"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.Http.GetAsync(Api($"partners/{id}"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.Http.PostAsJsonAsync(Api("partners"), new { name = UniqueName("Refusé "), type = "Association" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.Http.PutAsJsonAsync(Api($"partners/{id}"), new { expectedVersion = 0, name = "Autre", type = "Association" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.Http.PostAsJsonAsync(Api($"partners/{id}/contacts"), new { name = "Accueil" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await pages.GetPageAsync("/Partenaires")).ShouldNotContain("href=\"/Partenaires/Nouveau\"");
        var detail = await pages.GetPageAsync($"/Partenaires/{id}");
        detail.ShouldNotContain("Ajouter un contact");
        detail.ShouldNotContain("Retirer ce partenaire");
        detail.ShouldNotContain($"/Partenaires/{id}/Modifier");
        foreach (var page in new[] { "/Partenaires/Nouveau", $"/Partenaires/{id}/Modifier" })
        {
            using var response = await pages.GetAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, page);
        }

        using var post = await pages.SubmitAsync($"/Partenaires/{id}", new Dictionary<string, string> { ["Input.ContactName"] = "Intrus" },
            $"/Partenaires/{id}?handler=AddContact");
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ContactCountAsync(id)).ShouldBe(0);
    }

    [Test]
    public async Task An_administrator_gets_403_and_an_anonymous_caller_401_or_the_sign_in_page()
    {
        using var coordination = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));
        var id = await CreateAsync(coordination, new { name = UniqueName("Réservé "), type = "Association" });
        var admin = await App.CreateAccountAsync(Roles.Admin);
        using var api = await ApiClientAsync(admin);
        using var pages = await SignedInAsync(admin);
        using var anonymous = App.CreatePageClient();

        foreach (var request in PartnerRequests(id))
        {
            using (var answer = await api.Http.SendAsync(request()))
            {
                answer.StatusCode.ShouldBe(HttpStatusCode.Forbidden, request().RequestUri!.ToString());
            }

            using var anon = await anonymous.Http.SendAsync(request());
            anon.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, request().RequestUri!.ToString());
        }

        foreach (var page in new[] { "/Partenaires", $"/Partenaires/{id}", "/Partenaires/Nouveau", $"/Partenaires/{id}/Modifier" })
        {
            using var forbidden = await pages.GetAsync(page);
            forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden, page);
            using var redirected = await anonymous.GetAsync(page);
            redirected.StatusCode.ShouldBe(HttpStatusCode.Redirect, page);
            redirected.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
        }
    }

    [Test]
    public async Task A_name_the_directory_already_has_whatever_the_case_is_refused_and_nothing_is_saved()
    {
        using var client = await ApiClientAsync(await App.CreateAccountAsync(Roles.YouthWorker));
        var name = UniqueName("Maison Éclair ");
        var first = await CreateAsync(client, new { name, type = "Association" });
        var other = await CreateAsync(client, new { name = UniqueName("Autre maison "), type = "Association" });
        var before = await PartnerCountAsync();

        using var same = await client.Http.PostAsJsonAsync(Api("partners"), new { name = name.ToUpperInvariant(), type = "School" });
        using var lower = await client.Http.PostAsJsonAsync(Api("partners"), new { name = "  " + name.ToLowerInvariant() + " ", type = "School" });
        using var rename = await client.Http.PutAsJsonAsync(Api($"partners/{other}"), new { expectedVersion = 0, name = name.ToLowerInvariant(), type = "Association" });

        foreach (var refused in new[] { same, lower, rename })
        {
            (await MessagesAsync(refused, "Name")).ShouldBe([DuplicateMessage]);
        }

        (await PartnerCountAsync()).ShouldBe(before);
        (await client.Http.GetFromJsonAsync<JsonElement>(Api($"partners/{other}"))).GetProperty("version").GetInt32().ShouldBe(0);

        using var pages = await SignedInAsync(await App.CreateAccountAsync(Roles.Coordinator));
        using var form = await pages.SubmitAsync("/Partenaires/Nouveau", new Dictionary<string, string>
        {
            ["Input.Name"] = name.ToUpperInvariant(), ["Input.Type"] = "Association",
        });
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(form)).ShouldContain(DuplicateMessage);
        (await PartnerCountAsync()).ShouldBe(before);
        (await client.Http.GetAsync(Api($"partners/{first}"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_bad_phone_email_or_website_or_a_stale_version_is_refused_in_french_and_nothing_is_saved()
    {
        using var client = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));
        var id = await CreateAsync(client, new { name = UniqueName("Coordonnées "), type = "Association", phone = "05 49 00 00 01" });
        var before = await PartnerCountAsync();

        (await MessagesAsync(await client.Http.PostAsJsonAsync(Api("partners"), new { name = UniqueName("Numéro "), type = "Association", phone = "appeler Karim" }), "Phone"))
            .ShouldBe([PhoneMessage]);
        (await MessagesAsync(await client.Http.PostAsJsonAsync(Api("partners"), new { name = UniqueName("Courriel "), type = "Association", email = "accueil@" }), "Email"))
            .ShouldBe([EmailMessage]);
        (await MessagesAsync(await client.Http.PostAsJsonAsync(Api("partners"), new { name = UniqueName("Site "), type = "Association", website = "www.example.org" }), "Website"))
            .ShouldBe([WebsiteMessage]);
        (await MessagesAsync(await client.Http.PostAsJsonAsync(Api("partners"), new { name = "  ", type = "Association" }), "Name"))
            .ShouldBe(["Indiquez le nom du partenaire."]);
        (await MessagesAsync(await client.Http.PostAsJsonAsync(Api($"partners/{id}/contacts"), new { name = "Accueil", email = "pas une adresse" }), "ContactEmail"))
            .ShouldBe([EmailMessage]);
        (await PartnerCountAsync()).ShouldBe(before);
        (await ContactCountAsync(id)).ShouldBe(0);

        using var moved = await client.Http.PutAsJsonAsync(Api($"partners/{id}"), new { expectedVersion = 0, name = UniqueName("Coordonnées "), type = "Association", phone = "05 49 00 00 02" });
        using var stale = await client.Http.PutAsJsonAsync(Api($"partners/{id}"), new { expectedVersion = 0, name = UniqueName("Périmé "), type = "Association" });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        stale.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await client.Http.GetFromJsonAsync<JsonElement>(Api($"partners/{id}"))).GetProperty("phone").GetString().ShouldBe("05 49 00 00 02");
        (await client.Http.GetAsync(Api($"partners/{Guid.NewGuid()}"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.Http.DeleteAsync(Api($"partners/{id}/contacts/{Guid.NewGuid()}"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task On_the_pages_a_partner_is_created_given_contacts_withdrawn_and_reactivated()
    {
        using var client = await SignedInAsync(await App.CreateAccountAsync(Roles.YouthWorker));
        var name = UniqueName("L'Astre en Moi ");

        using var created = await client.SubmitAsync("/Partenaires/Nouveau", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Type"] = "Association", ["Input.Description"] = "Ateliers de slam et de poésie.",
            ["Input.Phone"] = "05 49 00 00 07", ["Input.Email"] = "slam@example.org", ["Input.Website"] = "https://slam.example.org",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(created));
        var page = created.Headers.Location!.OriginalString;
        var detail = await client.GetPageAsync(page);
        detail.ShouldContain(name);
        detail.ShouldContain("Le partenaire est ajouté à l'annuaire.");
        detail.ShouldContain("href=\"tel:0549000007\"");
        detail.ShouldContain("href=\"mailto:slam@example.org\"");
        detail.ShouldContain("Aucune orientation pour l'instant.");

        using (var refused = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.ContactName"] = "Accueil", ["Input.ContactPhone"] = "demander Awa" },
                   page + "?handler=AddContact"))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await PageClient.ErrorsOf(refused)).ShouldContain(PhoneMessage);
        }

        using (var added = await client.SubmitAsync(page, new Dictionary<string, string>
               {
                   ["Input.ContactName"] = "Accueil du soir", ["Input.ContactRole"] = "Animation", ["Input.ContactPhone"] = "+33 5 49 00 00 08",
                   ["Input.ContactEmail"] = "soir@example.org",
               }, page + "?handler=AddContact"))
        {
            added.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(added));
        }

        var withContact = await client.GetPageAsync(page);
        withContact.ShouldContain("Accueil du soir");
        withContact.ShouldContain("href=\"tel:+33549000008\"");
        withContact.ShouldContain("href=\"mailto:soir@example.org\"");

        using (var withdrawn = await client.SubmitAsync(page, new Dictionary<string, string> { ["expectedVersion"] = "1" }, page + "?handler=Withdraw"))
        {
            withdrawn.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(withdrawn));
        }

        (await client.GetPageAsync(page)).ShouldContain("<strong>Partenaire retiré</strong>");
        var list = await client.GetPageAsync("/Partenaires?nom=" + Uri.EscapeDataString(name.ToUpperInvariant()));
        list.ShouldContain("Partenaires retirés (1)");
        list.ShouldContain(name);
        var active = await client.GetPageAsync("/Partenaires");
        active.IndexOf(name, StringComparison.Ordinal).ShouldBeGreaterThan(active.IndexOf("Partenaires retirés", StringComparison.Ordinal), "withdrawn partners come last");

        using (var reactivated = await client.SubmitAsync(page, new Dictionary<string, string> { ["expectedVersion"] = "2" }, page + "?handler=Reactivate"))
        {
            reactivated.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(reactivated));
        }

        (await client.GetPageAsync(page)).ShouldNotContain("<strong>Partenaire retiré</strong>");
        var contactId = await App.WithServiceAsync<Guid, RemivDbContext>(db =>
            db.Partners.Where(p => p.Name == name).SelectMany(p => p.Contacts).Select(c => c.Id).SingleAsync());
        using (var removed = await client.SubmitAsync(page, new Dictionary<string, string> { ["contactId"] = contactId.ToString() }, page + "?handler=RemoveContact"))
        {
            removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await client.GetPageAsync(page)).ShouldContain("Aucun contact enregistré.");
    }

    [Test]
    public async Task The_list_filters_by_type_and_by_name_and_the_edit_page_changes_the_details()
    {
        using var api = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));
        var school = UniqueName("Lycée Filtre ");
        var court = UniqueName("Tribunal Filtre ");
        var schoolId = await CreateAsync(api, new { name = school, type = "School" });
        await CreateAsync(api, new { name = court, type = "Court" });
        using var client = await SignedInAsync(await App.CreateAccountAsync(Roles.Coordinator));

        var schools = await client.GetPageAsync("/Partenaires?type=School");
        schools.ShouldContain(school);
        schools.ShouldNotContain(court);
        var byName = await client.GetPageAsync("/Partenaires?nom=" + Uri.EscapeDataString(court.ToLowerInvariant()));
        byName.ShouldContain(court);
        byName.ShouldNotContain(school);
        (await client.GetPageAsync("/Partenaires?nom=aucun-partenaire-de-ce-nom")).ShouldContain("Aucun partenaire ne correspond à ces critères.");
        (await client.GetPageAsync("/Partenaires?type=Inconnu")).ShouldContain("Un critère de recherche n'est pas valide : il n'a pas été appliqué.");

        var edit = $"/Partenaires/{schoolId}/Modifier";
        (await client.GetPageAsync(edit)).ShouldContain($"value=\"{school}\"");
        using (var refused = await client.SubmitAsync(edit, new Dictionary<string, string>
               {
                   ["Input.ExpectedVersion"] = "0", ["Input.Name"] = school, ["Input.Type"] = "School", ["Input.Website"] = "lycee.example.org",
               }))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await PageClient.ErrorsOf(refused)).ShouldContain(WebsiteMessage);
        }

        using var saved = await client.SubmitAsync(edit, new Dictionary<string, string>
        {
            ["Input.ExpectedVersion"] = "0", ["Input.Name"] = school, ["Input.Type"] = "School", ["Input.Address"] = "1 rue de l'Exemple, Poitiers",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(saved));
        (await client.GetPageAsync($"/Partenaires/{schoolId}")).ShouldContain("1 rue de l'Exemple, Poitiers");
        using var unknown = await client.GetAsync($"/Partenaires/{Guid.NewGuid()}");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static Func<HttpRequestMessage>[] PartnerRequests(Guid id) =>
    [
        () => new HttpRequestMessage(HttpMethod.Get, Api("partners")),
        () => new HttpRequestMessage(HttpMethod.Get, Api($"partners/{id}")),
        () => new HttpRequestMessage(HttpMethod.Post, Api("partners")) { Content = JsonContent.Create(new { name = "Intrus", type = "Association" }) },
        () => new HttpRequestMessage(HttpMethod.Put, Api($"partners/{id}")) { Content = JsonContent.Create(new { expectedVersion = 0, name = "Intrus", type = "Association" }) },
        () => new HttpRequestMessage(HttpMethod.Post, Api($"partners/{id}/contacts")) { Content = JsonContent.Create(new { name = "Intrus" }) },
        () => new HttpRequestMessage(HttpMethod.Delete, Api($"partners/{id}/contacts/{Guid.NewGuid()}")),
    ];

    internal static Uri Api(string path) => new("/api/v1/" + path, UriKind.Relative);

    internal static string UniqueName(string stem) =>
        stem + string.Concat(Guid.NewGuid().ToString("N").Take(10).Select(c => (char)('a' + (Convert.ToInt32(c.ToString(), 16) % 26))));

    internal static async Task<Guid> CreateAsync(PageClient client, object body)
    {
        using var response = await client.Http.PostAsJsonAsync(Api("partners"), body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The French messages of a 400 answer for one field (whatever the case of its name).</summary>
    internal static async Task<List<string?>> MessagesAsync(HttpResponseMessage response, string field)
    {
        using (response)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            var entry = errors.EnumerateObject().Single(e => e.Name.Equals(field, StringComparison.OrdinalIgnoreCase));
            return [.. entry.Value.EnumerateArray().Select(m => m.GetString())];
        }
    }

    private Task<int> PartnerCountAsync() => App.WithServiceAsync<int, RemivDbContext>(db => db.Partners.CountAsync());

    private Task<int> ContactCountAsync(Guid id) =>
        App.WithServiceAsync<int, RemivDbContext>(db => db.Partners.Where(p => p.Id == id).SelectMany(p => p.Contacts).CountAsync());

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

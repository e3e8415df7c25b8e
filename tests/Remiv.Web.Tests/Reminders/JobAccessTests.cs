using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Reminders.Commands;
using Remiv.Application.Reminders.Queries;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Jobs;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Reminders;

/// <summary>
/// Who may run the jobs and watch them: the system alone runs them (through the same authorisation as pages), the
/// dashboard is for administrators, and the schedule is in place from start-up, on Paris time.
/// </summary>
public sealed class JobAccessTests(string provider) : FunctionalFixture(provider)
{
    [TestCase(Roles.Coordinator)]
    [TestCase(Roles.Admin)]
    [TestCase(Roles.YouthWorker)]
    public async Task A_signed_in_person_cannot_run_the_scheduled_jobs(string role)
    {
        var account = await App.CreateAccountAsync(role);

        await Should.ThrowAsync<ForbiddenAccessException>(() => App.AsAsync(account, m => m.Send(new ScanReminders())));
        await Should.ThrowAsync<ForbiddenAccessException>(() => App.AsAsync(account, m => m.Send(new SendDailyDigests())));
        await Should.ThrowAsync<ForbiddenAccessException>(() => App.AsAsync(account, m => m.Send(new DispatchEmails())));
    }

    [Test]
    public async Task A_job_started_while_a_person_is_signed_in_runs_as_the_system_and_not_as_them()
    {
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);

        var result = await App.AsAsync(coordinator, async _ =>
        {
            await using var scope = App.Services.CreateAsyncScope();
            var jobs = scope.ServiceProvider.GetRequiredService<ReminderJobs>();
            scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext!.User.IsInRole(Roles.Coordinator).ShouldBeTrue();
            return await jobs.ScanAsync(CancellationToken.None);
        });

        result.ShouldNotBeNull();
    }

    [Test]
    public async Task Only_an_administrator_lists_the_failed_emails()
    {
        var admin = await App.CreateAccountAsync(Roles.Admin);
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);

        (await App.AsAsync(admin, m => m.Send(new ListFailedEmails()))).ShouldNotBeNull();
        await Should.ThrowAsync<ForbiddenAccessException>(() => App.AsAsync(coordinator, m => m.Send(new ListFailedEmails())));
    }

    [Test]
    public void The_recurring_jobs_are_scheduled_at_start_up_on_paris_time()
    {
        using var connection = App.Services.GetRequiredService<JobStorage>().GetConnection();

        var jobs = connection.GetRecurringJobs().ToDictionary(j => j.Id);

        jobs.Keys.ShouldBe(["reminders-scan", "reminders-digest", "emails-dispatch", "deadlines-automatic", "summaries-purge"], ignoreOrder: true);
        jobs.Values.ShouldAllBe(j => j.TimeZoneId == "Europe/Paris");
        jobs.Values.Where(j => j.Id != "summaries-purge").ShouldAllBe(j => j.Job.Type == typeof(ReminderJobs));
        (jobs["summaries-purge"].Job.Type, jobs["summaries-purge"].Cron, jobs["summaries-purge"].Job.Method.Name)
            .ShouldBe((typeof(SummaryJobs), "15 * * * *", nameof(SummaryJobs.PurgeAsync)));
        (jobs["reminders-scan"].Cron, jobs["reminders-scan"].Job.Method.Name).ShouldBe(("0 7-19 * * *", nameof(ReminderJobs.ScanAsync)));
        (jobs["reminders-digest"].Cron, jobs["reminders-digest"].Job.Method.Name).ShouldBe(("30 7 * * *", nameof(ReminderJobs.DigestAsync)));
        (jobs["emails-dispatch"].Cron, jobs["emails-dispatch"].Job.Method.Name).ShouldBe(("* * * * *", nameof(ReminderJobs.DispatchAsync)));
        (jobs["deadlines-automatic"].Cron, jobs["deadlines-automatic"].Job.Method.Name).ShouldBe(("0 6 * * *", nameof(ReminderJobs.SyncAutomaticDeadlinesAsync)));
        var nextScan = jobs["reminders-scan"].NextExecution.ShouldNotBeNull();
        var paris = TimeZoneInfo.ConvertTime(new DateTimeOffset(nextScan, TimeSpan.Zero), Remiv.Application.Common.HubCalendar.Zone);
        (paris.Hour, paris.Minute).ShouldSatisfyAllConditions(t => t.Hour.ShouldBeInRange(7, 19), t => t.Minute.ShouldBe(0));
    }

    [Test]
    public async Task The_job_queue_lives_beside_the_app_database_on_sqlite_and_in_its_own_schema_on_postgresql()
    {
        var configuration = App.Services.GetRequiredService<IConfiguration>();
        if (Provider == "Sqlite")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(configuration["Database:SqlitePath"]!))!;
            File.Exists(Path.Combine(folder, "hangfire.db")).ShouldBeTrue();
            return;
        }

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RemivDbContext>();
        var tables = await db.Database
            .SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = 'hangfire' AND table_name = 'job'")
            .SingleAsync();
        tables.ShouldBe(1);
    }

    [Test]
    public async Task An_anonymous_visitor_of_the_dashboard_is_sent_to_the_sign_in_page()
    {
        using var client = App.CreatePageClient();

        using var response = await client.GetAsync("/hangfire");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
        response.Headers.Location.Query.ShouldContain("ReturnUrl=%2Fhangfire");
    }

    [TestCase(Roles.Coordinator, "/hangfire")]
    [TestCase(Roles.YouthWorker, "/hangfire")]
    [TestCase(Roles.Psychologist, "/hangfire")]
    [TestCase(Roles.Coordinator, "/hangfire/recurring")]
    public async Task Staff_other_than_administrators_are_refused_the_dashboard(string role, string path)
    {
        var account = await App.CreateAccountAsync(role);
        using var client = App.CreatePageClient();
        await client.SignInAsync(account);

        using var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("reminders-scan");
    }

    [Test]
    public async Task An_administrator_sees_the_dashboard_with_its_own_content_policy_and_no_connection_string()
    {
        var admin = await App.CreateAccountAsync(Roles.Admin);
        using var client = App.CreatePageClient();
        await client.SignInAsync(admin);

        using var home = await client.GetAsync("/hangfire");
        using var recurring = await client.GetAsync("/hangfire/recurring");
        using var signIn = await client.GetAsync("/Connexion");

        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PageClient.TextOf(home);
        page.ShouldContain("Remiv : tâches planifiées");
        page.ShouldNotContain("hangfire.db");
        page.ShouldNotContain("Password=", Case.Insensitive);
        var csp = home.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self' 'unsafe-inline'");
        csp.ShouldContain("frame-ancestors 'none'");
        signIn.Headers.GetValues("Content-Security-Policy").Single().ShouldNotContain("unsafe-inline");
        recurring.StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = await PageClient.TextOf(recurring);
        list.ShouldContain("reminders-scan");
        list.ShouldContain("reminders-digest");
        list.ShouldContain("emails-dispatch");
    }
}

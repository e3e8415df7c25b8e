using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Remiv.Application.Common;
using Remiv.Application.Deadlines.Commands;
using Remiv.Application.Reminders.Commands;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Notifications;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Jobs;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Reminders;

/// <summary>
/// A Remiv application on a database of its own, with a clock the test moves by hand (Paris time), for the reminder
/// tests: people act through the mediator as a signed-in user would, and the jobs run through <see cref="ReminderJobs"/>,
/// the entry point Hangfire calls.
/// </summary>
public sealed class ReminderHub : IDisposable
{
    public static readonly TimeOnly ScanTime = new(7, 0);
    public static readonly TimeOnly DigestTime = new(7, 30);

    public ReminderHub(string provider, DateOnly start, IReadOnlyDictionary<string, string?>? settings = null, bool realEmail = false)
    {
        Clock = new FakeTimeProvider(ParisTime(start, new TimeOnly(6, 0)));
        App = new RemivWebFactory(provider, clock: Clock, settings: settings, realEmail: realEmail);
    }

    public FakeTimeProvider Clock { get; }

    public RemivWebFactory App { get; }

    /// <summary>Today in Paris, as the app sees it.</summary>
    public DateOnly Today => Clock.Today();

    public static DateTimeOffset ParisTime(DateOnly day, TimeOnly time) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time), HubCalendar.Zone), TimeSpan.Zero);

    public static DateOnly ParisDay(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, HubCalendar.Zone).DateTime);

    /// <summary>Moves the clock forward to this Paris day and time.</summary>
    public void MoveTo(DateOnly day, TimeOnly time) => Clock.SetUtcNow(ParisTime(day, time));

    /// <summary>Sends a request as this person, signed in as the session cookie would make them.</summary>
    public Task<T> AsAsync<T>(TestAccount account, Func<IMediator, ValueTask<T>> send) => App.AsAsync(account, send);

    public Task<Guid> CreateDeadlineAsync(TestAccount by, Guid youthId, string title, DateOnly due, Track track = Track.Administrative, Guid? responsible = null) =>
        AsAsync(by, m => m.Send(new CreateDeadline(youthId, PresetId: null, track, DeadlineKind.Appeal, title, DeadlineEvent.Other,
            EventDate: due.AddDays(-30), due, DueTime: null, responsible, ReminderDays: [7, 2, 0])));

    public Task<ReminderScanResult> ScanAsync() => RunJobAsync(j => j.ScanAsync(CancellationToken.None));

    public Task<int> DigestAsync() => RunJobAsync(j => j.DigestAsync(CancellationToken.None));

    public Task<DispatchResult> DispatchAsync() => RunJobAsync(j => j.DispatchAsync(CancellationToken.None));

    public Task<int> SyncAutomaticDeadlinesAsync() => RunJobAsync(j => j.SyncAutomaticDeadlinesAsync(CancellationToken.None));

    /// <summary>A day as the schedule runs it: the scan at 07:00 with its dispatch, then the digest at 07:30 with its dispatch.</summary>
    public async Task RunMorningAsync(DateOnly day)
    {
        MoveTo(day, ScanTime);
        await ScanAsync();
        await DispatchAsync();
        MoveTo(day, DigestTime);
        await DigestAsync();
        await DispatchAsync();
    }

    public async Task<T> ReadAsync<T>(Func<RemivDbContext, Task<T>> read)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<RemivDbContext>());
    }

    public Task<List<ReminderDelivery>> DeliveriesAsync() => ReadAsync(db => db.ReminderDeliveries.AsNoTracking().ToListAsync());

    public Task<List<OutgoingEmail>> OutboxAsync() => ReadAsync(db => db.OutgoingEmails.AsNoTracking().ToListAsync());

    public Task<Deadline> DeadlineAsync(Guid id) => ReadAsync(db => db.Deadlines.AsNoTracking().SingleAsync(d => d.Id == id));

    public Task<int> YouthVersionAsync(Guid id) => ReadAsync(db => db.Youths.Where(y => y.Id == id).Select(y => y.Version).SingleAsync());

    public void Dispose() => App.Dispose();

    private async Task<T> RunJobAsync<T>(Func<ReminderJobs, Task<T>> run)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<ReminderJobs>());
    }
}

/// <summary>Requests sent in a scope of the application as a signed-in person, the way a page sends them.</summary>
public static class SignedIn
{
    /// <summary>
    /// Opens a scope whose HTTP request is this person's (the claims the session cookie carries: their id and role), and
    /// sends through the mediator, so the whole pipeline (authorisation included) applies.
    /// </summary>
    public static async Task<T> AsAsync<T>(this RemivWebFactory app, TestAccount account, Func<IMediator, ValueTask<T>> send)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = Principal(account) };
        try
        {
            return await send(scope.ServiceProvider.GetRequiredService<IMediator>());
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    private static ClaimsPrincipal Principal(TestAccount account) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()), new Claim(ClaimTypes.Name, account.Email), new Claim(ClaimTypes.Role, account.Role)],
            authenticationType: "Identity.Application"));
}

/// <summary>One reminder as recorded: which deadline, for which due date, how many days before, to whom.</summary>
public sealed record Sent(Guid DeadlineId, DateOnly DueDate, int DaysBefore, Guid RecipientId)
{
    public static Sent Of(ReminderDelivery d) => new(d.DeadlineId, d.DueDate, d.DaysBefore, d.RecipientId);
}

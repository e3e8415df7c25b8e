using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Remiv.Application.Common;
using Remiv.Application.Common.Behaviours;
using Remiv.Application.Common.Interfaces;

namespace Remiv.Bench.Jobs;

/// <summary>
/// What the web host adds around the application for its scheduled jobs, in the benchmark: the mediator with the same
/// pipeline (logging, authorisation, validation, unit of work), links for the emails, an email sender that is configured
/// but sends nothing (the scan only writes to the outbox), and a clock set to the benchmark day.
/// </summary>
internal static class JobServices
{
    public static void Add(IServiceCollection services, TimeProvider clock)
    {
        // As in src/Remiv.Web/RemivHost.cs: the same options, so the same generated pipeline.
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(Remiv.Application.DependencyInjection)];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehaviour<,>),
                typeof(AuthorisationBehaviour<,>),
                typeof(ValidationBehaviour<,>),
                typeof(UnitOfWorkBehaviour<,>),
            ];
        });
        services.AddSingleton<IEmailSender, SilentEmailSender>();
        services.AddSingleton<IAppLinks, BenchAppLinks>();
        services.AddSingleton(clock);
    }
}

/// <summary>A mail server is configured (so reminders go to the outbox), but nothing is ever sent from the benchmark.</summary>
internal sealed class SilentEmailSender : IEmailSender
{
    public bool IsConfigured => true;

    public Task SendAsync(string recipient, string subject, string textBody, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The links the web host builds on App:PublicBaseUrl, on a fixed address.</summary>
internal sealed class BenchAppLinks : IAppLinks
{
    private static readonly Uri Base = new("https://remiv.example/");

    public Uri Invitation(Guid userId, string token) => new(Base, $"Invitation?u={userId:D}&t={Uri.EscapeDataString(token)}");

    public Uri Deadline(Guid deadlineId) => new(Base, $"Echeances/{deadlineId:D}");

    public Uri Notifications() => new(Base, "Notifications");

    public Uri Session(Guid sessionId) => new(Base, $"Psychologie/Seances/{sessionId:D}");

    public Uri CalendarFeed(string token) => new(Base, $"calendrier/{Uri.EscapeDataString(token)}.ics");
}

/// <summary>
/// The benchmark day at a given Paris time, moving on with real time from there (so timestamps still advance during a
/// run, as the scheduler's would): the scan's "today" is the day the data was generated for, whenever it is run.
/// </summary>
internal sealed class BenchClock(DateOnly day, TimeOnly parisTime) : TimeProvider
{
    private readonly DateTimeOffset _start = new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(parisTime, DateTimeKind.Unspecified), HubCalendar.Zone), TimeSpan.Zero);
    private readonly long _started = TimeProvider.System.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => _start + TimeProvider.System.GetElapsedTime(_started);
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;
using Remiv.Application.Common.Interfaces;
using Remiv.Infrastructure.Identity;
using Remiv.Web.Security;

namespace Remiv.Web.Tests.Support;

/// <summary>
/// The real application (real pipeline, real database of the chosen provider) in the "Testing"
/// environment, which behaves as production does: secure-only cookies, HTTPS redirection, HSTS.
/// Only the mail port is replaced, by a Moq double that records what would have been sent (unless
/// <c>realEmail</c> asks for the real SMTP sender). The Hangfire server does not run: tests call the jobs themselves.
/// </summary>
public sealed class RemivWebFactory : WebApplicationFactory<Program>
{
    public const string Password = "Une phrase de passe assez longue";

    private readonly TestDatabase _database;
    private readonly bool _kestrel;
    private readonly TimeProvider? _clock;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly bool _realEmail;

    /// <param name="kestrel">Serve on a real port (for the browser tests), over plain HTTP on localhost.</param>
    /// <param name="clock">A clock the test moves by hand (reminders over a simulated month); the real clock otherwise.</param>
    /// <param name="settings">More settings for this application (Smtp:Host, App:PublicBaseUrl...).</param>
    /// <param name="realEmail">Keep the real SMTP sender (a test SMTP server on loopback) instead of the Moq double.</param>
    public RemivWebFactory(string provider, bool kestrel = false, TimeProvider? clock = null,
        IReadOnlyDictionary<string, string?>? settings = null, bool realEmail = false)
    {
        _kestrel = kestrel;
        _clock = clock;
        _settings = settings ?? new Dictionary<string, string?>();
        _realEmail = realEmail;
        Provider = provider;
        _database = TestDatabase.Create(provider);
        Mail.SetupGet(m => m.IsConfigured).Returns(true);
        Mail.Setup(m => m.SendAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((string to, string subject, string body, CancellationToken _) =>
            {
                // Jobs may send from two threads at once (concurrent dispatches): a List is not safe for that.
                lock (SentMail)
                {
                    SentMail.Add(new SentMessage(to, subject, body));
                }
            })
            .Returns(Task.CompletedTask);
        if (kestrel)
        {
            UseKestrel(0);
        }
    }

    public string Provider { get; }

    public Mock<IEmailSender> Mail { get; } = new();

    public List<SentMessage> SentMail { get; } = [];

    /// <summary>The address of the real server (Kestrel mode only).</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal));
        }
    }

    /// <summary>The first-run token in force, as the console showed it.</summary>
    public string? SetupToken => Services.GetRequiredService<FirstRunSetup>().Token;

    /// <summary>A client that keeps cookies and does not follow redirects, over HTTPS like a real browser.</summary>
    public PageClient CreatePageClient() => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    }));

    /// <summary>A psychologist's account, receiving every day from 9:00 to 18:00 (Paris).</summary>
    public async Task<TestAccount> CreatePsychologistAsync()
    {
        var account = await CreateAccountAsync(Remiv.Domain.Security.Roles.Psychologist);
        await WithServiceAsync<int, Remiv.Infrastructure.Persistence.RemivDbContext>(db =>
        {
            var schedule = Remiv.Domain.Psychology.PsychologistSchedule.For(account.Id);
            foreach (var day in Enum.GetValues<DayOfWeek>())
            {
                schedule.AddSlot(day, new TimeOnly(9, 0), new TimeOnly(18, 0));
            }

            db.PsychologistSchedules.Add(schedule);
            return db.SaveChangesAsync();
        });
        return account;
    }

    /// <summary>Creates an account with a password directly in the store (as an accepted invitation would).</summary>
    public async Task<TestAccount> CreateAccountAsync(string role, bool twoFactor = false, bool active = true)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@remiv.example";
        var user = new ApplicationUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Compte " + role,
            IsActive = active,
            LockoutEnabled = true,
        };
        Succeed(await users.CreateAsync(user, Password));
        Succeed(await users.AddToRoleAsync(user, role));
        string? key = null;
        if (twoFactor)
        {
            Succeed(await users.ResetAuthenticatorKeyAsync(user));
            key = await users.GetAuthenticatorKeyAsync(user);
            Succeed(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return new TestAccount(user.Id, email, Password, role, key);
    }

    /// <summary>
    /// Registers a young person directly through the domain (as a youth worker would), followed by <paramref name="followedBy"/>
    /// (the first is referent); a coordinator sees them all anyway.
    /// </summary>
    public async Task<Guid> CreateYouthAsync(string firstName, string lastName, DateOnly? birthDate, params TestAccount[] followedBy)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Remiv.Infrastructure.Persistence.RemivDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var identity = new Remiv.Domain.Youths.YouthIdentity(firstName, lastName, birthDate, Remiv.Domain.Youths.BirthDateStanding.Declared,
            Remiv.Domain.Youths.Sex.Male, "GN", ["fr", "ff"], InterpreterNeeded: true, Phone: null, ArrivalInFrance: today.AddDays(-60),
            ReferredBy: "Maraude de la gare", Accommodation: "Hôtel 115");
        var registeredBy = followedBy.Length > 0 ? followedBy[0].Id : Guid.NewGuid();
        var youth = Remiv.Domain.Youths.Youth.Register(identity, today.AddDays(-30), registeredBy, today, DateTimeOffset.UtcNow);
        foreach (var member in followedBy.Skip(1))
        {
            youth.AddToGroup(member.Id, today);
        }

        db.Youths.Add(youth);
        await db.SaveChangesAsync();
        return youth.Id;
    }

    public async Task<T> WithServiceAsync<T, TService>(Func<TService, Task<T>> use)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (_kestrel)
        {
            // A real browser on http://localhost: the setting a local docker compose try-out uses.
            builder.UseSetting("Security:AllowPlainHttp", "true");
        }

        // The tests run the jobs by calling them; the job storage stays configured (the dashboard needs it).
        builder.UseSetting("Jobs:RunServer", "false");
        foreach (var (key, value) in _database.Settings.Concat(_settings))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            if (!_realEmail)
            {
                services.Replace(ServiceDescriptor.Singleton(Mail.Object));
            }

            if (_clock is not null)
            {
                services.Replace(ServiceDescriptor.Singleton(_clock));
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }

    private static void Succeed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Code)));
        }
    }
}

public sealed record TestAccount(Guid Id, string Email, string Password, string Role, string? AuthenticatorKey);

public sealed record SentMessage(string To, string Subject, string Body);

using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Remiv.Application.Common.Interfaces;
using Remiv.Infrastructure.Auditing;
using Remiv.Infrastructure.Demo;
using Remiv.Infrastructure.Documents;
using Remiv.Infrastructure.Email;
using Remiv.Infrastructure.Files;
using Remiv.Infrastructure.Identity;
using Remiv.Infrastructure.Persistence;
using Remiv.Infrastructure.Reports;

namespace Remiv.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        switch (database.Provider)
        {
            case DatabaseProvider.PostgreSql:
                var connectionString = configuration.GetConnectionString("Remiv");
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider is PostgreSql but ConnectionStrings:Remiv is empty. Set it, e.g. ConnectionStrings__Remiv=\"Host=...;Database=remiv;Username=...;Password=...\".");
                }

                services.AddDbContext<RemivDbContext, PostgreSqlRemivDbContext>((sp, o) =>
                    o.UseNpgsql(connectionString).AddInterceptors(sp.GetRequiredService<ChangeHistoryInterceptor>(), sp.GetRequiredService<SensitiveTextEncryption>(), SensitiveTextDecryption.Instance));
                break;
            default:
                var path = Path.GetFullPath(database.SqlitePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                services.AddDbContext<RemivDbContext, SqliteRemivDbContext>((sp, o) =>
                    o.UseSqlite($"Data Source={path};Foreign Keys=True;Pooling=True").AddInterceptors(sp.GetRequiredService<ChangeHistoryInterceptor>(), sp.GetRequiredService<SensitiveTextEncryption>(), SensitiveTextDecryption.Instance));
                break;
        }

        services.AddSingleton<IDatabaseErrors, DatabaseErrors>();
        services.AddScoped<ChangeHistoryInterceptor>();
        services.AddSingleton<SensitiveTextCipher>();
        services.AddScoped<SensitiveTextEncryption>();
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<RemivDbContext>());
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<RemivDbContext>());
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<DatabaseInitialiser>();
        services.AddScoped<DemoSeeder>();
        services.AddSingleton(TimeProvider.System);

        services.Configure<AttachmentOptions>(configuration.GetSection(AttachmentOptions.Section));
        services.AddSingleton<IAttachmentStore, EncryptedAttachmentStore>();

        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddSingleton<Application.Psychology.Calendar.ICalendarFeedWriter, Calendar.IcalCalendarFeedWriter>();
        services.AddDocumentEngine();
        services.AddReportExports();

        var keysPath = configuration["DataProtection:KeysPath"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database.SqlitePath))!, "keys");
        services.AddDataProtection().SetApplicationName("Remiv").PersistKeysToFileSystem(new DirectoryInfo(keysPath));

        services.AddIdentity<ApplicationUser, ApplicationRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = true;
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 5;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.Tokens.ProviderMap[InvitationTokenProvider.ProviderName] =
                    new TokenProviderDescriptor(typeof(InvitationTokenProvider));
            })
            .AddEntityFrameworkStores<RemivDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<RemivClaimsPrincipalFactory>();
        services.AddTransient<InvitationTokenProvider>();
        services.AddScoped<IUserConfirmation<ApplicationUser>, UserConfirmation>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        return services;
    }
}

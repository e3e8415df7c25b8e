using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Mediator;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Remiv.Application;
using Remiv.Application.Common.Behaviours;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Infrastructure;
using Remiv.Infrastructure.Demo;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Api;
using Remiv.Web.Jobs;
using Remiv.Web.Localization;
using Remiv.Web.Security;

namespace Remiv.Web;

/// <summary>The composition root: services, middleware, start-up tasks.</summary>
public static class RemivHost
{
    private const string CombinedScheme = "Remiv";

    /// <summary>Builds the application, migrates the database and seeds what was asked; null when start-up was refused.</summary>
    public static async Task<WebApplication?> BuildAsync(string[] args)
    {
        var demo = args.Contains("--demo");
        var forceDemo = args.Contains("--force-demo");
        var builder = WebApplication.CreateBuilder(args.Where(a => a is not "--demo" and not "--force-demo").ToArray());
        if (demo)
        {
            builder.Configuration["Demo:Enabled"] = "true";
        }

        if (forceDemo)
        {
            builder.Configuration["Demo:Force"] = "true";
        }

        ConfigureServices(builder);
        var app = builder.Build();
        ConfigurePipeline(app);
        return await StartUpAsync(app) ? app : null;
    }

    /// <summary>
    /// Cookies are sent over HTTPS only, except in Development or when Security:AllowPlainHttp is set
    /// (a local try-out with docker compose on http://localhost).
    /// </summary>
    private static bool AllowsPlainHttp(WebApplicationBuilder builder) =>
        builder.Environment.IsDevelopment() || builder.Configuration.GetValue<bool>("Security:AllowPlainHttp");

    private static void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var cookiePolicy = AllowsPlainHttp(builder) ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddApplication();
        services.AddInfrastructure(builder.Configuration);
        services.AddRemivJobs(builder.Configuration);
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

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<IAppLinks, AppLinks>();
        services.AddSingleton<FirstRunSetup>();
        services.AddSingleton<IFirstRunSetup>(sp => sp.GetRequiredService<FirstRunSetup>());

        // Authentication: Identity's cookie for the browser, Identity's bearer token for API clients,
        // chosen per request by the Authorization header.
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CombinedScheme;
                options.DefaultAuthenticateScheme = CombinedScheme;
                options.DefaultChallengeScheme = CombinedScheme;
                options.DefaultForbidScheme = CombinedScheme;
            })
            .AddPolicyScheme(CombinedScheme, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? IdentityConstants.BearerScheme
                        : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options =>
            {
                // Short-lived: a deactivated account or a removed role stops working within five minutes for API
                // clients too; the refresh token (checked against the security stamp) gives the next one.
                options.BearerTokenExpiration = TimeSpan.FromMinutes(5);
            });

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "remiv.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = cookiePolicy;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            options.LoginPath = "/Connexion";
            options.LogoutPath = "/Deconnexion";
            options.AccessDeniedPath = "/Erreur/403";
            options.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized, () => context.Response.Redirect(context.RedirectUri));
            options.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden, () => context.Response.StatusCode = StatusCodes.Status403Forbidden);
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.SecurePolicy = cookiePolicy;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "remiv.antiforgery";
            options.Cookie.SecurePolicy = cookiePolicy;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        // Letters of every script are written as they are, not as &#x...; entities (names in Arabic, Ge'ez, Bengali...).
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures.French);
            options.SupportedCultures = [.. Cultures.Supported];
            options.SupportedUICultures = [.. Cultures.Supported];
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        services.AddRazorPages(options => options.Conventions.AllowAnonymousToFolder("/Open"))
            .AddMvcOptions(options =>
            {
                options.Filters.Add<TwoFactorSetupFilter>();
                // Validation belongs to the use cases (French messages); no implicit English "field is required".
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddViewLocalization();

        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.RespectNullableAnnotations = true;
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            // Enums by name ("Psychological", not 4): readable, and stable if a value is ever inserted.
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddOpenApi();
        // Outside Development a plain-HTTP request is always redirected: to 443 unless Security:HttpsPort says otherwise
        // (left to discovery, a missing HTTPS endpoint would let the request through to secure-only cookies).
        services.AddHttpsRedirection(options => options.HttpsPort = builder.Configuration.GetValue<int?>("Security:HttpsPort") ?? 443);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Behind a TLS-terminating proxy (Security:TrustForwardedHeaders), trust its X-Forwarded-Proto and -For.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
        });
        services.AddHealthChecks().AddDbContextCheck<RemivDbContext>("database", tags: ["ready"]);
    }

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status, Action page)
    {
        if (ApiPaths.Matches(context.HttpContext))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            page();
        }

        return Task.CompletedTask;
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("Security:TrustForwardedHeaders"))
        {
            app.UseForwardedHeaders();
        }

        // Localization first, so that error pages and ProblemDetails speak the request's language.
        app.UseRequestLocalization();
        app.UseExceptionHandler("/Erreur");
        if (!app.Environment.IsDevelopment() && !app.Configuration.GetValue<bool>("Security:AllowPlainHttp"))
        {
            app.UseHsts();
            // Health probes come from the orchestrator over plain HTTP inside the network: never redirected.
            app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health"), https => https.UseHttpsRedirection());
        }

        // Before UseSecurityHeaders, so that its policy for /hangfire has the last word (see the method).
        app.UseJobsDashboardContentSecurityPolicy();
        app.UseSecurityHeaders();
        app.UseWhen(ApiPaths.Matches, api => api.UseStatusCodePages());
        app.UseWhen(context => !ApiPaths.Matches(context), pages => pages.UseStatusCodePagesWithReExecute("/Erreur/{0}"));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapRemivApi();
        app.MapRazorPages();
        app.MapRemivJobsDashboard();
    }

    private static async Task<bool> StartUpAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(CancellationToken.None);

        // Loads (or creates) the attachments key now: a wrong key setting stops the start, not a later upload.
        app.Services.GetRequiredService<IAttachmentStore>();

        if (app.Configuration.GetValue<bool>("Demo:Enabled"))
        {
            if (!app.Environment.IsDevelopment() && !app.Configuration.GetValue<bool>("Demo:Force"))
            {
                await Console.Error.WriteLineAsync(
                    "Remiv: demo mode is refused outside the Development environment, so that demo passwords never reach a real deployment. " +
                    "Add --force-demo (or Demo__Force=true) if this really is a demonstration instance.");
                return false;
            }

            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        }

        var identity = scope.ServiceProvider.GetRequiredService<IIdentityService>();
        if (!await identity.AnyUserExistsAsync(CancellationToken.None))
        {
            var token = app.Services.GetRequiredService<FirstRunSetup>().Open();
            Console.WriteLine();
            Console.WriteLine("Remiv : aucun compte n'existe encore. Ouvrez /Installation et saisissez ce code pour créer le premier compte d'administration :");
            Console.WriteLine($"    {token}");
            Console.WriteLine();
        }

        return true;
    }
}

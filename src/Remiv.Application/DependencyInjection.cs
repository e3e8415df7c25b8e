using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Remiv.Application.Users.Commands;

namespace Remiv.Application;

public static class DependencyInjection
{
    /// <summary>Validators and application services. The mediator itself is generated and registered by the host.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton);
        services.AddScoped<InvitationMailer>();
        services.AddScoped<Youths.Access.YouthAccess>();
        services.AddScoped<Youths.Access.ChangesSince>();
        services.AddScoped<Youths.Commands.DuplicateFinder>();
        services.AddScoped<Deadlines.DeadlineComposer>();
        services.AddScoped<Deadlines.DeadlineLoader>();
        services.AddScoped<Deadlines.AutomaticDeadlines>();
        services.AddScoped<Youths.Commands.FileClosing>();
        services.AddScoped<Reminders.ReminderMessages>();
        return services;
    }
}

using Remiv.Domain.Psychology;

namespace Remiv.Web.Pages;

/// <summary>The psychology pages' words as the team says them (French keys, translated by the localizer).</summary>
public static class PsychologyLabels
{
    /// <summary>A weekday, as a heading of the week (Monday to Sunday).</summary>
    public static string For(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "Lundi",
        DayOfWeek.Tuesday => "Mardi",
        DayOfWeek.Wednesday => "Mercredi",
        DayOfWeek.Thursday => "Jeudi",
        DayOfWeek.Friday => "Vendredi",
        DayOfWeek.Saturday => "Samedi",
        DayOfWeek.Sunday => "Dimanche",
        _ => day.ToString(),
    };

    public static string For(RequestUrgency urgency) => urgency switch
    {
        RequestUrgency.Low => "Peut attendre",
        RequestUrgency.Normal => "Normale",
        RequestUrgency.High => "Élevée",
        RequestUrgency.Urgent => "Urgente",
        _ => urgency.ToString(),
    };

    public static string For(RequestStatus status) => status switch
    {
        RequestStatus.Waiting => "En attente",
        RequestStatus.Scheduled => "Première séance fixée",
        RequestStatus.Withdrawn => "Retirée",
        _ => status.ToString(),
    };
}

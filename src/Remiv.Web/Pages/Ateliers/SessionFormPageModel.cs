using Remiv.Application.Common;
using Remiv.Application.Workshops.Queries;

namespace Remiv.Web.Pages.Ateliers;

/// <summary>A session's fields as the form sends them; the facilitator is one choice, "u:{id}" (staff) or "p:{id}" (partner).</summary>
public sealed class SessionInput
{
    public int? ExpectedVersion { get; set; }

    public Guid? KindId { get; set; }

    public string? Title { get; set; }

    public DateOnly? Date { get; set; }

    public TimeOnly? Start { get; set; }

    public TimeOnly? End { get; set; }

    public string? Place { get; set; }

    public string? Facilitator { get; set; }

    public string? FacilitatorName { get; set; }

    public Guid? FacilitatorUserId => Read("u:");

    public Guid? FacilitatorPartnerId => Read("p:");

    public static string UserChoice(Guid id) => $"u:{id:D}";

    public static string PartnerChoice(Guid id) => $"p:{id:D}";

    private Guid? Read(string prefix) =>
        Facilitator is { } value && value.StartsWith(prefix, StringComparison.Ordinal) && Guid.TryParse(value.AsSpan(prefix.Length), out var id) ? id : null;
}

/// <summary>What planning and changing a session share: the kinds and facilitators to offer, and the hours typed.</summary>
public abstract class SessionFormPageModel(TimeProvider clock) : FormPageModel
{
    public abstract SessionInput Form { get; }

    public IReadOnlyList<WorkshopKindItem> KindChoices { get; private set; } = [];

    public WorkshopFacilitators Facilitators { get; protected set; } = new([], []);

    public DateOnly Today { get; private set; }

    /// <summary>The kinds offered (and the session's own kind, even retired) and who may lead; a refusal page otherwise.</summary>
    protected async Task<Microsoft.AspNetCore.Mvc.IActionResult?> LoadChoicesAsync(Guid? keptKindId = null)
    {
        Today = clock.Today();
        var kinds = await SendAsync(new ListWorkshopKinds(IncludeRetired: true));
        if (kinds.Value is null)
        {
            return kinds.Refusal;
        }

        KindChoices = [.. kinds.Value.Where(k => k.IsActive || k.Id == keptKindId)];
        var facilitators = await SendAsync(new ListWorkshopFacilitators());
        if (facilitators.Value is null)
        {
            return facilitators.Refusal;
        }

        Facilitators = facilitators.Value;
        return null;
    }

    /// <summary>Hours left empty are refused here in French (the validators would only see midnight).</summary>
    protected bool HoursGiven()
    {
        var given = true;
        if (Form.Start is null && ErrorOf("Start") is null)
        {
            ModelState.AddModelError($"{InputPrefix}.Start", Localizer["Indiquez l'heure de début (hh:mm)."]);
            given = false;
        }

        if (Form.End is null && ErrorOf("End") is null)
        {
            ModelState.AddModelError($"{InputPrefix}.End", Localizer["Indiquez l'heure de fin (hh:mm)."]);
            given = false;
        }

        return given;
    }

    protected static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

using Microsoft.AspNetCore.Mvc.ModelBinding;
using Remiv.Application.Youths.Commands;
using Remiv.Application.Youths.Queries;
using Remiv.Domain.Youths;

namespace Remiv.Web.Pages.Jeunes;

/// <summary>
/// The identity form of a young person, shared by registration and correction (bound under "Input"). Its property
/// names are the commands' so that a refusal lands next to its field.
/// </summary>
public sealed class IdentityInput
{
    public string FirstName { get; set; } = string.Empty;

    public string LastName { get; set; } = string.Empty;

    public DateOnly? BirthDate { get; set; }

    public BirthDateStanding BirthDateStanding { get; set; } = BirthDateStanding.Declared;

    public Sex Sex { get; set; } = Sex.Unknown;

    public string? Nationality { get; set; }

    /// <summary>The languages ticked among the hub's common ones.</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>The languages chosen in the "Autre langue" lists (one list each, plus an empty one).</summary>
    public List<string> OtherLanguages { get; set; } = [];

    public bool InterpreterNeeded { get; set; }

    public string? Phone { get; set; }

    public DateOnly? ArrivalInFrance { get; set; }

    /// <summary>Registration only: the day the hub first met the young person.</summary>
    public DateOnly? FirstContact { get; set; }

    public string? ReferredBy { get; set; }

    public string? Accommodation { get; set; }

    /// <summary>Every chosen language, ticked ones first, once each.</summary>
    public IReadOnlyList<string> AllLanguages =>
        [.. Languages.Concat(OtherLanguages).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];

    public RegisterYouth ToRegistration(bool confirmedNotDuplicate) => new(
        FirstName ?? string.Empty,
        LastName ?? string.Empty,
        BirthDate,
        BirthDateStanding,
        Sex,
        Blank(Nationality),
        AllLanguages,
        InterpreterNeeded,
        Blank(Phone),
        ArrivalInFrance,
        Blank(ReferredBy),
        Blank(Accommodation),
        FirstContact,
        confirmedNotDuplicate);

    public UpdateYouthIdentity ToUpdate(Guid youthId, int expectedVersion) => new(
        youthId,
        expectedVersion,
        FirstName ?? string.Empty,
        LastName ?? string.Empty,
        BirthDate,
        BirthDateStanding,
        Sex,
        Blank(Nationality),
        AllLanguages,
        InterpreterNeeded,
        Blank(Phone),
        ArrivalInFrance,
        Blank(ReferredBy),
        Blank(Accommodation));

    /// <summary>The form filled with the file as it is now (<paramref name="file"/> must include the case part).</summary>
    public static IdentityInput From(YouthFile file, CaseView details) => new()
    {
        FirstName = file.FirstName,
        LastName = file.LastName,
        BirthDate = file.BirthDate,
        BirthDateStanding = file.BirthDateStanding,
        Sex = file.Sex,
        Nationality = file.Nationality?.Code,
        Languages = [.. file.Languages.Select(l => l.Code).Where(CodeChoices.IsCommonLanguage)],
        OtherLanguages = [.. file.Languages.Select(l => l.Code).Where(l => !CodeChoices.IsCommonLanguage(l))],
        InterpreterNeeded = file.InterpreterNeeded,
        Phone = details.Phone,
        ArrivalInFrance = details.ArrivalInFrance,
        ReferredBy = details.ReferredBy,
        Accommodation = details.Accommodation,
    };

    /// <summary>
    /// Values the form could not even read (a date that does not exist, a choice not in a list) get the page's
    /// translated message instead of the framework's English one. Call it before sending anything: it returns
    /// whether the whole form was readable.
    /// </summary>
    public static bool CheckReadable(ModelStateDictionary modelState, string badDate, string badChoice)
    {
        foreach (var (key, entry) in modelState.Where(e => e.Key.Length > 0 && e.Value is { Errors.Count: > 0 }).ToList())
        {
            var field = key[(key.LastIndexOf('.') + 1)..];
            entry!.Errors.Clear();
            modelState.AddModelError(key, field is nameof(BirthDate) or nameof(ArrivalInFrance) or nameof(FirstContact) ? badDate : badChoice);
        }

        return modelState.IsValid;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

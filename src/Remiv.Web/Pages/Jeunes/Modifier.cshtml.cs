using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Youths.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Jeunes;

/// <summary>
/// Corrects a young person's identity, from the version the user loaded. When someone else saved in between, the
/// edit is refused: the form then shows the current version, says what changed, and keeps what the user typed.
/// </summary>
[RequirePermission(Permission.EditYouths)]
public sealed class ModifierModel : RemivPageModel
{
    /// <summary>The labels <see cref="ConcurrencyConflictException.ChangedFields"/> uses, in the form's order.</summary>
    private static readonly List<string> FormOrder =
        ["Prénom", "Nom", "Sexe", "Date de naissance", "Nationalité", "Langues", "Interprète", "Arrivée en France", "Orienté par", "Hébergement", "Téléphone"];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The version of the file the form was filled from.</summary>
    [BindProperty]
    public int ExpectedVersion { get; set; }

    [BindProperty]
    public IdentityInput Input { get; set; } = new();

    public YouthFile CaseFile { get; private set; } = null!;

    /// <summary>Set when the save was refused because someone else saved first.</summary>
    public bool Conflicted { get; private set; }

    /// <summary>What the other person changed (French labels, translated by the page).</summary>
    public IReadOnlyList<string> ChangedFields { get; private set; } = [];

    /// <summary>What the user typed that differs from the current version: label and value, ready to show.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> YourEntries { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => ShowAsync(keepInput: false);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!IdentityInput.CheckReadable(ModelState, Localizer["Cette date n'est pas valide : choisissez-la dans le calendrier ou écrivez-la jj/mm/aaaa."], Localizer["Choisissez une valeur dans la liste."]))
        {
            return await ShowAsync(keepInput: true);
        }

        var sent = await SendAsync(Input.ToUpdate(Id, ExpectedVersion));
        if (Conflict is { } conflict)
        {
            return await ShowConflictAsync(conflict);
        }

        if (!sent.Ok)
        {
            return sent.Refusal is PageResult ? await ShowAsync(keepInput: true) : sent.Refusal!;
        }

        Notice = "Les modifications sont enregistrées.";
        return Redirect($"/Jeunes/{Id}");
    }

    private async Task<IActionResult> ShowConflictAsync(ConcurrencyConflictException conflict)
    {
        var typed = Input;
        var shown = await ShowAsync(keepInput: false);
        if (shown is not PageResult)
        {
            return shown;
        }

        // The form now shows the current version; what the user typed stays on the page beside it.
        foreach (var key in ModelState.Keys.Where(k => k.Length > 0).ToList())
        {
            ModelState.Remove(key);
        }

        // The conflict message itself (form level) was added when the edit was refused.
        Conflicted = true;
        ChangedFields = [.. conflict.ChangedFields.OrderBy(f => FormOrder.IndexOf(f) is var i and >= 0 ? i : int.MaxValue)];
        YourEntries = Differences(typed, Input);
        return shown;
    }

    private async Task<IActionResult> ShowAsync(bool keepInput)
    {
        var sent = await SendAsync(new GetYouthFile(Id));
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        CaseFile = sent.Value;
        if (CaseFile.Case is null)
        {
            // Correcting the identity rewrites the case's contact fields too: never from a form that could not show them.
            return Forbid();
        }

        if (!keepInput)
        {
            Input = IdentityInput.From(CaseFile, CaseFile.Case);
            ExpectedVersion = CaseFile.Version;
        }

        return Page();
    }

    private List<KeyValuePair<string, string>> Differences(IdentityInput typed, IdentityInput current)
    {
        var entries = new List<KeyValuePair<string, string>>();
        void Compare(string label, string? yours, string? now)
        {
            if (!string.Equals(yours?.Trim() ?? string.Empty, now?.Trim() ?? string.Empty, StringComparison.Ordinal))
            {
                entries.Add(new(label, string.IsNullOrWhiteSpace(yours) ? Localizer["(vide)"] : yours.Trim()));
            }
        }

        string? Day(DateOnly? day) => day?.ToString("d", CultureInfo.CurrentCulture);
        string? Country(string? code) => string.IsNullOrWhiteSpace(code) ? null : CodeChoices.CountryName(code);
        string Languages(IdentityInput input) =>
            string.Join(", ", input.AllLanguages.Select(CodeChoices.LanguageName).Order(StringComparer.CurrentCulture));

        Compare(Localizer["Prénom"], typed.FirstName, current.FirstName);
        Compare(Localizer["Nom"], typed.LastName, current.LastName);
        Compare(Localizer["Sexe"], Localizer[CaseLabels.For(typed.Sex)], Localizer[CaseLabels.For(current.Sex)]);
        Compare(Localizer["Date de naissance"], Day(typed.BirthDate), Day(current.BirthDate));
        Compare(Localizer["Cette date est"], Localizer[CaseLabels.For(typed.BirthDateStanding)], Localizer[CaseLabels.For(current.BirthDateStanding)]);
        Compare(Localizer["Nationalité"], Country(typed.Nationality), Country(current.Nationality));
        Compare(Localizer["Langues parlées"], Languages(typed), Languages(current));
        Compare(Localizer["Besoin d'un interprète"], typed.InterpreterNeeded ? Localizer["Oui"] : Localizer["Non"], current.InterpreterNeeded ? Localizer["Oui"] : Localizer["Non"]);
        Compare(Localizer["Arrivée en France"], Day(typed.ArrivalInFrance), Day(current.ArrivalInFrance));
        Compare(Localizer["Orienté par"], typed.ReferredBy, current.ReferredBy);
        Compare(Localizer["Hébergement"], typed.Accommodation, current.Accommodation);
        Compare(Localizer["Téléphone"], typed.Phone, current.Phone);
        return entries;
    }
}

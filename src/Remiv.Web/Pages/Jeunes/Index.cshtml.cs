using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Queries;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Jeunes;

/// <summary>
/// Finds young people by any spelling of their names, within the files the user may see, with filters and pages.
/// No personal data in addresses (server logs, proxies, browser history): the search, its filters and the page wanted
/// travel in the body of a POST, and the results are shown in its answer. A GET shows the first page of the list;
/// criteria in an old link (a name in "?q=") are not applied, and the address is cleaned of them.
/// </summary>
[RequirePermission(Permission.ViewYouths)]
public sealed class IndexModel(ICurrentUser user) : RemivPageModel
{
    public const int PageSize = 20;

    [BindProperty(Name = "q")]
    public string? Text { get; set; }

    [BindProperty(Name = "statut")]
    public YouthStatus? Status { get; set; }

    [BindProperty(Name = "volet")]
    public Track? Track { get; set; }

    [BindProperty(Name = "referent")]
    public Guid? ReferentId { get; set; }

    [BindProperty(Name = "age")]
    public AgeBand? AgeBand { get; set; }

    [BindProperty(Name = "archives")]
    public bool IncludeArchived { get; set; }

    /// <summary>"p", not "page": Razor Pages keeps that route value for itself.</summary>
    [BindProperty(Name = "p")]
    public int PageNumber { get; set; } = 1;

    public YouthSearchPage? Results { get; private set; }

    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    public bool CanRegister => user.Has(Permission.EditYouths);

    public bool SeesAll => user.Has(Permission.ViewAllYouths);

    /// <summary>Psychologists see identity only: no status, so no status filter.</summary>
    public bool CanFilterByStatus => user.Has(Permission.ViewCaseDetails);

    /// <summary>The tracks the user may read, hence filter on.</summary>
    public IReadOnlyList<Track> Tracks =>
    [
        .. Enum.GetValues<Track>().Where(t => t == Domain.Youths.Track.Psychological
            ? user.Has(Permission.UsePsychologicalTrack)
            : user.Has(Permission.ViewCaseDetails)),
    ];

    public bool HasFilters => Status is not null || Track is not null || ReferentId is not null || AgeBand is not null || IncludeArchived;

    public bool IsSearching => !string.IsNullOrWhiteSpace(Text) || HasFilters;

    public async Task<IActionResult> OnGetAsync()
    {
        if (Request.QueryString.HasValue)
        {
            // An old bookmark or a hand-written link: its criteria (perhaps a name) are neither applied nor kept in the address.
            return Redirect("/Jeunes");
        }

        return await ShowAsync();
    }

    public Task<IActionResult> OnPostAsync() => ShowAsync();

    private async Task<IActionResult> ShowAsync()
    {
        if (!ModelState.IsValid)
        {
            // A criterion that cannot be read (a hand-edited form) is dropped, and the user is told.
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, Localizer["Un critère de recherche n'est pas valide : il n'a pas été appliqué."]);
        }

        PageNumber = Math.Max(PageNumber, 1);

        var staff = await SendAsync(new ListStaff());
        if (!staff.Ok)
        {
            return staff.Refusal!;
        }

        Staff = [.. staff.Value!.OrderBy(s => s.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
        var sent = await SendAsync(new SearchYouths(Text?.Trim(), Status, Track, ReferentId, AgeBand, IncludeArchived, PageNumber, PageSize));
        if (!sent.Ok)
        {
            return sent.Refusal is PageResult ? Page() : sent.Refusal!;
        }

        Results = sent.Value;
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Psychology.Notes.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Psychologie.Notes;

/// <summary>
/// The session notes of one young person (/Psychologie/Notes/{youthId}) that the psychologist may read, the latest session
/// first, and their own sessions with them still without a note. Psychologists only (403 for the other roles); a young
/// person they neither follow nor see in sessions is "not found". Kept apart from the young person's file, which the rest
/// of the team reads.
/// </summary>
[RequirePermission(Permission.KeepSessionNotes)]
public sealed class IndexModel : RemivPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid YouthId { get; set; }

    public YouthSessionNotes Notes { get; private set; } = null!;

    public string YouthName => string.Join(' ', new[] { Notes.FirstName, Notes.LastName }.Where(n => n.Length > 0));

    public async Task<IActionResult> OnGetAsync()
    {
        var sent = await SendAsync(new ListYouthSessionNotes(YouthId));
        if (sent.Value is null)
        {
            return sent.Refusal is PageResult ? NotFound() : sent.Refusal!;
        }

        Notes = sent.Value;
        return Page();
    }
}

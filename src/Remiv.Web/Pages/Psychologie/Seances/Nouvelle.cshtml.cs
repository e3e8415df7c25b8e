using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common;
using Remiv.Application.Common.Security;
using Remiv.Application.Psychology.Availability.Queries;
using Remiv.Application.Psychology.Requests.Queries;
using Remiv.Application.Psychology.Rooms.Queries;
using Remiv.Application.Psychology.Sessions.Commands;
using Remiv.Application.Youths.Queries;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Psychologie.Seances;

/// <summary>
/// Books a session (/Psychologie/Seances/Nouvelle?jeune={guid}&amp;demande={guid}, both optional): the young person
/// (given, or chosen among those one sees), the psychologist (coordinators choose; a psychologist books for themselves),
/// a room in service, the day and the hours (Paris), first or follow-up session, the interpreter. Saved in one go: a
/// refusal (outside the psychologist's hours, a clash) leaves nothing saved and shows its reasons beside the fields.
/// </summary>
[RequirePermission(Permission.BookSessions)]
public sealed class NouvelleModel(ICurrentUser user, TimeProvider clock) : SessionPageModel
{
    /// <summary>How many young people the list offers when none is given.</summary>
    public const int YouthChoiceCount = 100;

    [BindProperty]
    public BookingInput Input { get; set; } = new();

    /// <summary>The young person's names when they come with the link (then they are not chosen here).</summary>
    public string? GivenYouthName { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> YouthChoices { get; private set; } = [];

    public bool MoreYouths { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> PsychologistChoices { get; private set; } = [];

    public IReadOnlyList<RoomItem> RoomChoices { get; private set; } = [];

    /// <summary>Coordinators choose the psychologist; a psychologist books for themselves.</summary>
    public bool ChoosesPsychologist => user.Has(Permission.ViewAllYouths);

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "jeune")] Guid? jeune, [FromQuery(Name = "demande")] Guid? demande)
    {
        Input = new BookingInput
        {
            YouthId = jeune,
            RequestId = jeune is null ? null : demande,
            PsychologistId = ChoosesPsychologist ? null : user.UserId,
            Kind = demande is null ? null : SessionKind.First,
        };
        return await LoadChoicesAsync() ?? Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadChoicesAsync() is { } refusal)
        {
            return refusal;
        }

        if (!BindingSucceeded() | !ReadTimes(Input, out var start, out var end))
        {
            return Page();
        }

        var sent = await SendAsync(new BookSession(
            Input.YouthId ?? Guid.Empty, (ChoosesPsychologist ? Input.PsychologistId : user.UserId) ?? Guid.Empty, Input.RoomId ?? Guid.Empty,
            start, end, Input.Kind ?? 0, Blank(Input.InterpreterLanguage), Blank(Input.InterpreterBooking), Input.RequestId));
        if (!sent.Ok)
        {
            return sent.Refusal is PageResult ? Page() : sent.Refusal!;
        }

        Notice = "La séance est réservée.";
        return Redirect($"/Psychologie/Seances/{sent.Value:D}");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The young person (given or to choose), the psychologists and the rooms; 404 when the given young person is not visible.</summary>
    private async Task<IActionResult?> LoadChoicesAsync()
    {
        Today = clock.Today();
        if (Input.YouthId is { } youthId)
        {
            // From the waiting list: a psychologist may book a young person they do not follow yet.
            if (Input.RequestId is { } requestId && user.Has(Permission.ViewWaitingList))
            {
                var waiting = (await SendAsync(new ListWaitingList())).Value?.Items.FirstOrDefault(r => r.Id == requestId && r.YouthId == youthId);
                GivenYouthName = waiting is null ? null : SessionText.Name(waiting.FirstName, waiting.LastName);
            }

            if (GivenYouthName is null)
            {
                var file = await SendAsync(new GetYouthFile(youthId));
                if (file.Value is null)
                {
                    return file.Refusal is PageResult ? NotFound() : file.Refusal!;
                }

                GivenYouthName = SessionText.Name(file.Value.FirstName, file.Value.LastName);
            }
        }
        else
        {
            var found = await SendAsync(new SearchYouths(PageSize: YouthChoiceCount));
            if (found.Value is null)
            {
                return found.Refusal!;
            }

            YouthChoices = [.. found.Value.Items.Select(y => (y.Id, SessionText.Name(y.FirstName, y.LastName)))
                .OrderBy(y => y.Item2, StringComparer.CurrentCultureIgnoreCase)];
            MoreYouths = found.Value.Total > found.Value.Items.Count;
        }

        var psychologists = await SendAsync(new ListPsychologists());
        if (psychologists.Value is null)
        {
            return psychologists.Refusal!;
        }

        PsychologistChoices = [.. psychologists.Value.Where(p => ChoosesPsychologist || p.UserId == user.UserId).Select(p => (p.UserId, p.DisplayName))];
        var rooms = await SendAsync(new ListRooms());
        if (rooms.Value is null)
        {
            return rooms.Refusal!;
        }

        RoomChoices = rooms.Value;
        return null;
    }

    public sealed class BookingInput : SessionSlotInput
    {
        public Guid? YouthId { get; set; }

        public Guid? RequestId { get; set; }

        public Guid? PsychologistId { get; set; }

        public SessionKind? Kind { get; set; }

        public string? InterpreterLanguage { get; set; }

        public string? InterpreterBooking { get; set; }
    }
}

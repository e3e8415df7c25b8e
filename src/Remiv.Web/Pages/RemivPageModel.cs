using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Documents.Layout;

namespace Remiv.Web.Pages;

/// <summary>
/// Base of the pages that send use cases. A refusal for bad input becomes form errors (translated),
/// a refusal of access becomes 403 or 404, a stale edit becomes a message; the page never shows a 500 for them.
/// </summary>
public abstract class RemivPageModel : PageModel
{
    /// <summary>The form fields are bound under this prefix ("Input.Email").</summary>
    protected const string InputPrefix = "Input";

    protected ISender Sender => HttpContext.RequestServices.GetRequiredService<ISender>();

    protected IStringLocalizer Localizer => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();

    /// <summary>A message shown once on the next page (after a redirect).</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>
    /// After a form's use case: done, the notice and a redirect to <paramref name="address"/> (so that reloading does not
    /// send the form again); refused beside the fields, the page shown again by <paramref name="show"/>; any other
    /// refusal (403, 404) as it is.
    /// </summary>
    protected async Task<IActionResult> AfterCommandAsync(IActionResult? refusal, string notice, string address, Func<Task<IActionResult>> show)
    {
        ArgumentNullException.ThrowIfNull(show);
        if (refusal is null)
        {
            Notice = notice;
            return Redirect(address);
        }

        return refusal is PageResult ? await show() : refusal;
    }

    /// <summary>The stale edit refused by the last use case sent, for pages that show what changed meanwhile.</summary>
    protected ConcurrencyConflictException? Conflict { get; private set; }

    protected Task<Sent<T>> SendAsync<T>(ICommand<T> command) => GuardAsync(() => Sender.Send(command, HttpContext.RequestAborted));

    protected Task<Sent<T>> SendAsync<T>(IQuery<T> query) => GuardAsync(() => Sender.Send(query, HttpContext.RequestAborted));

    private async Task<Sent<T>> GuardAsync<T>(Func<ValueTask<T>> send)
    {
        try
        {
            return new Sent<T>(await send(), null);
        }
        catch (RequestValidationException validation)
        {
            foreach (var (field, messages) in validation.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field.Length == 0 ? string.Empty : $"{InputPrefix}.{field}", Localizer[message]);
                }
            }

            return new Sent<T>(default, Page());
        }
        catch (DocumentLayoutException)
        {
            ModelState.AddModelError(string.Empty, Localizer[DocumentLayoutException.UserMessage]);
            return new Sent<T>(default, Page());
        }
        catch (ConcurrencyConflictException conflict)
        {
            Conflict = conflict;
            ModelState.AddModelError(string.Empty, Localizer[conflict.Message]);
            return new Sent<T>(default, Page());
        }
        catch (NotSignedInException)
        {
            return new Sent<T>(default, Challenge());
        }
        catch (ForbiddenAccessException)
        {
            return new Sent<T>(default, Forbid());
        }
        catch (NotFoundException)
        {
            return new Sent<T>(default, NotFound());
        }
    }
}

/// <summary>What a use case gave back to a page: its value, or the page result to return instead.</summary>
public readonly record struct Sent<T>(T? Value, IActionResult? Refusal)
{
    public bool Ok => Refusal is null;
}

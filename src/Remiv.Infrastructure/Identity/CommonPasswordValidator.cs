using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Remiv.Infrastructure.Identity;

/// <summary>
/// Refuses passwords found in a list of the most common ones (and those built on them with a few
/// digits or symbols around), checked case-insensitively. Length does the rest: 12 characters at least.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    public const string ErrorCode = "CommonPassword";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var core = password.Trim().Trim("0123456789!?.*_-@#$ ".ToCharArray()).ToLowerInvariant();
        var known = Common.Value.Contains(password.ToLowerInvariant()) || Common.Value.Contains(core);
        var mentionsEmail = user.Email is { Length: > 0 } email
                            && password.Contains(email.Split('@')[0], StringComparison.OrdinalIgnoreCase)
                            && email.Split('@')[0].Length >= 4;
        return Task.FromResult(known || mentionsEmail
            ? IdentityResult.Failed(new IdentityError
            {
                Code = ErrorCode,
                Description = "Ce mot de passe est trop courant ou trop facile à deviner. Choisissez une phrase de plusieurs mots que vous seul connaissez.",
            })
            : IdentityResult.Success);
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Remiv.Infrastructure.Identity.common-passwords.txt")
                           ?? throw new InvalidOperationException("The common password list is embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}

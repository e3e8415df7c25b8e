using FluentValidation;
using Remiv.Domain.Youths;

namespace Remiv.Application.Entries.Commands;

/// <summary>What an entry says, as a form or an API call sends it to write or revise the entry.</summary>
public interface IEntryContentFields
{
    Track Track { get; }
    EntryKind Kind { get; }
    string Text { get; }
    string? Partner { get; }
    string? NextStep { get; }
    EntryVisibility Visibility { get; }
}

/// <summary>Rules shared by writing and revising an entry; the dates' coherence is the domain's (<see cref="FollowUpEntry"/>).</summary>
public sealed class EntryContentRules : AbstractValidator<IEntryContentFields>
{
    public EntryContentRules()
    {
        RuleFor(c => c.Track).IsInEnum().WithMessage("Choisissez le volet.");
        RuleFor(c => c.Kind).IsInEnum().WithMessage("Choisissez le type d'entrée.");
        RuleFor(c => c.Visibility).IsInEnum().WithMessage("Choisissez qui peut lire l'entrée.");
        RuleFor(c => c.Text).NotEmpty().WithMessage("Écrivez le contenu de l'entrée.")
            .MaximumLength(FollowUpEntry.TextMaxLength).WithMessage("Le texte est trop long (4000 caractères au plus).");
        RuleFor(c => c.Partner).MaximumLength(FollowUpEntry.PartnerMaxLength).WithMessage("Ce texte est trop long (200 caractères au plus).");
        RuleFor(c => c.NextStep).MaximumLength(FollowUpEntry.NextStepMaxLength).WithMessage("Ce texte est trop long (300 caractères au plus).");
    }
}

using Remiv.Application.Common;
using Remiv.Application.Youths.Queries;
using Remiv.Domain.Youths;

namespace Remiv.Web.Pages;

/// <summary>The case files' words as the team says them (French keys, translated by the localizer).</summary>
public static class CaseLabels
{
    public static string For(Track track) => DomainLabels.For(track);

    public static string For(YouthStatus status) => DomainLabels.For(status);

    public static string For(BirthDateStanding standing) => standing switch
    {
        BirthDateStanding.Declared => "Déclarée",
        BirthDateStanding.Documented => "Attestée par un document",
        BirthDateStanding.Contested => "Contestée",
        _ => standing.ToString(),
    };

    public static string For(Sex sex) => DomainLabels.For(sex);

    public static string For(EntryKind kind) => DomainLabels.For(kind);

    public static string For(EntryVisibility visibility) =>
        visibility == EntryVisibility.AuthorOnly ? "Moi seulement" : "Le groupe de suivi";

    public static string For(DocumentKind kind) => DomainLabels.For(kind);

    public static string For(DocumentStatus status) => DomainLabels.For(status);

    public static string For(AgeBand band) => band switch
    {
        AgeBand.Under16 => "Moins de 16 ans",
        AgeBand.From16To17 => "16 ou 17 ans",
        AgeBand.From18To20 => "De 18 à 20 ans",
        AgeBand.From21 => "21 ans et plus",
        _ => "Âge inconnu",
    };
}

using Remiv.Domain.Partners;
using Remiv.Domain.Youths;

namespace Remiv.Application.Common;

/// <summary>
/// French words for the values that pages, API documents and the activity report's exports all show. The pages
/// translate them through the localizer (the French word is the key); the exports stay French.
/// </summary>
public static class DomainLabels
{
    public static string For(ExitReason reason) => reason switch
    {
        ExitReason.EndOfSupport => "Fin d'accompagnement",
        ExitReason.CameOfAge => "Majorité, fin de prise en charge",
        ExitReason.MovedAway => "Départ de la Vienne",
        ExitReason.HandedOver => "Relais vers une autre structure",
        ExitReason.LostContact => "Sans nouvelles",
        ExitReason.Removed => "Éloignement du territoire",
        _ => "Autre motif",
    };

    public static string For(PartnerType type) => type switch
    {
        PartnerType.Association => "Association",
        PartnerType.ChildWelfare => "Aide sociale à l'enfance (ASE)",
        PartnerType.Court => "Justice, tribunal",
        PartnerType.Prefecture => "Préfecture",
        PartnerType.School => "École, CASNAV, formation",
        PartnerType.Health => "Santé (centre de santé, PASS)",
        PartnerType.MissionLocale => "Mission locale",
        PartnerType.Lawyer => "Avocat",
        PartnerType.PrivateActor => "Acteur privé",
        _ => "Autre institution",
    };

    public static string For(ReferralStatus status) => status switch
    {
        ReferralStatus.Proposed => "Proposée",
        ReferralStatus.Accepted => "Acceptée",
        ReferralStatus.InProgress => "En cours",
        ReferralStatus.Done => "Réalisée",
        ReferralStatus.Refused => "Refusée",
        _ => "Sans réponse",
    };
}

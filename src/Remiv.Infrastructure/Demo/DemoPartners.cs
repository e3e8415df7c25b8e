using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Domain.Partners;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Persistence;

namespace Remiv.Infrastructure.Demo;

/// <summary>
/// Demo data: the hub's partners (named in the source interview), the institutions a Poitiers hub works with, one
/// lawyer and one private actor (both fictional), each with an obviously fictional contact; then a few referrals of
/// open demo files, on non-psychological tracks, in various statuses. Seeds once: nothing if partners exist.
/// </summary>
internal static class DemoPartners
{
    private static readonly (string Name, PartnerType Type, string Description)[] Directory =
    [
        ("Coallia", PartnerType.Association, "Soins du psychotraumatisme, puis accompagnement vers l'emploi et la formation."),
        ("Audacia", PartnerType.Association, "Logement en colocation, avec des baux individuels."),
        ("100 pour 1", PartnerType.Association, "Hébergement et logement de personnes exilées."),
        ("L'Astre en Moi", PartnerType.Association, "Ateliers de slam et de poésie."),
        ("UFOLEP", PartnerType.Association, "Sport, avec des séances à thème."),
        ("Indigo Formation", PartnerType.School, "Ateliers de langue."),
        ("M3Q – Maison des trois quartiers", PartnerType.Association, "Centre socioculturel qui porte le pôle REMIV."),
        ("ASE de la Vienne", PartnerType.ChildWelfare, "Aide sociale à l'enfance du département : mise à l'abri, évaluation et prise en charge des mineurs."),
        ("Tribunal judiciaire de Poitiers – juge des enfants", PartnerType.Court, "Assistance éducative ; saisine après un refus de minorité."),
        ("Préfecture de la Vienne", PartnerType.Prefecture, "Titres de séjour, dont les demandes à l'approche de la majorité."),
        ("CASNAV de l'académie de Poitiers", PartnerType.School, "Évaluation et scolarisation des élèves allophones nouvellement arrivés."),
        ("PASS du CHU de Poitiers", PartnerType.Health, "Permanence d'accès aux soins de santé, pour les personnes sans couverture maladie."),
        ("Mission locale d'insertion du Poitou", PartnerType.MissionLocale, "Accompagnement des 16-25 ans vers la formation et l'emploi."),
        ("Cabinet d'avocats Exemple (fictif)", PartnerType.Lawyer, "Droit des étrangers et des mineurs (cabinet fictif, données de démonstration)."),
        ("Boulangerie du Marché (fictive)", PartnerType.PrivateActor, "Stages et apprentissage en boulangerie (entreprise fictive, données de démonstration)."),
    ];

    public static async Task SeedAsync(RemivDbContext db, IReadOnlyDictionary<string, Guid> staff, TimeProvider clock)
    {
        if (await db.Partners.AnyAsync())
        {
            return;
        }

        var partners = new Dictionary<string, Partner>(StringComparer.Ordinal);
        for (var i = 0; i < Directory.Length; i++)
        {
            var (name, type, description) = Directory[i];
            var partner = Partner.Create(new PartnerDetails(name, type, description, "Poitiers", $"05 49 00 00 {i:00}", "accueil@example.org", null));
            partner.AddContact("Accueil", "Standard", $"05 49 00 00 {i:00}", "accueil@example.org");
            partners[name] = partner;
            db.Partners.Add(partner);
        }

        await db.SaveChangesAsync();
        await SeedReferralsAsync(db, partners, staff["educateur@remiv.example"], clock);
    }

    private static async Task SeedReferralsAsync(RemivDbContext db, Dictionary<string, Partner> partners, Guid worker, TimeProvider clock)
    {
        var youths = (await db.Youths.ToListAsync()).Where(y => !y.IsArchived).OrderBy(y => y.FirstContact).Take(4).ToList();
        if (youths.Count == 0)
        {
            return;
        }

        var today = clock.Today();
        var now = clock.GetUtcNow();
        var plans = new (int Youth, string Partner, Track Track, string Need, int DaysAgo, (ReferralStatus Status, int DaysAgo, string? Note)[] Steps)[]
        {
            (0, "Audacia", Track.Housing, "Logement en colocation", 40,
                [(ReferralStatus.Accepted, 30, "Visite de la colocation faite."), (ReferralStatus.InProgress, 20, null)]),
            (1, "CASNAV de l'académie de Poitiers", Track.EducationTraining, "Test de positionnement et affectation", 60,
                [(ReferralStatus.Accepted, 50, null), (ReferralStatus.Done, 35, "Affecté en UPE2A au collège.")]),
            (2, "Indigo Formation", Track.Language, "Ateliers de langue, niveau débutant", 45, []),
            (3, "PASS du CHU de Poitiers", Track.Health, "Bilan de santé", 25, [(ReferralStatus.NoAnswer, 10, "Relancé par téléphone, pas de retour.")]),
            (0, "UFOLEP", Track.CultureSport, "Séances de sport", 20, [(ReferralStatus.Refused, 12, "Plus de place ce trimestre.")]),
            (1, "Cabinet d'avocats Exemple (fictif)", Track.Legal, "Recours devant le juge des enfants", 15, [(ReferralStatus.InProgress, 8, null)]),
        };
        foreach (var plan in plans.Where(p => p.Youth < youths.Count))
        {
            var youth = youths[plan.Youth];
            var proposedOn = Latest(today.AddDays(-plan.DaysAgo), youth.FirstContact);
            var referral = Referral.Propose(youth, partners[plan.Partner], plan.Track, plan.Need, proposedOn, worker, today, now);
            foreach (var (status, daysAgo, note) in plan.Steps)
            {
                referral.ChangeStatus(status, Latest(today.AddDays(-daysAgo), referral.StatusDate), note, worker, today, now);
            }

            db.Referrals.Add(referral);
        }

        await db.SaveChangesAsync();
    }

    private static DateOnly Latest(DateOnly a, DateOnly b) => a > b ? a : b;
}

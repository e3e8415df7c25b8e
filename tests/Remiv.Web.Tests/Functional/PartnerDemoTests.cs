using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Partners;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Demo;
using Remiv.Infrastructure.Persistence;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The demo's partner directory: the hub's real partners and the institutions of Poitiers, with fictional contacts only,
/// and a few referrals of open files on non-psychological tracks in various statuses; seeding twice adds nothing.
/// </summary>
public sealed class PartnerDemoTests(string provider) : Support.FunctionalFixture(provider)
{
    [Test]
    public async Task The_demo_seeds_the_hub_partners_with_fictional_contacts_and_a_few_referrals_once()
    {
        await SeedAsync();
        var partners = await App.WithServiceAsync<List<Partner>, RemivDbContext>(db => db.Partners.AsNoTracking().ToListAsync());
        var referrals = await App.WithServiceAsync<List<Referral>, RemivDbContext>(db => db.Referrals.AsNoTracking().ToListAsync());
        var archived = await App.WithServiceAsync<List<Guid>, RemivDbContext>(db =>
            db.Youths.Where(y => y.CurrentStatus == YouthStatus.Exited).Select(y => y.Id).ToListAsync());

        await SeedAsync();

        (await App.WithServiceAsync<int, RemivDbContext>(db => db.Partners.CountAsync())).ShouldBe(partners.Count, "seeding again adds nothing");
        (await App.WithServiceAsync<int, RemivDbContext>(db => db.Referrals.CountAsync())).ShouldBe(referrals.Count);
        var names = partners.Select(p => p.Name).ToList();
        foreach (var expected in new[] { "Coallia", "Audacia", "100 pour 1", "L'Astre en Moi", "UFOLEP", "Indigo Formation", "ASE de la Vienne", "Préfecture de la Vienne" })
        {
            names.ShouldContain(expected);
        }

        names.ShouldContain(n => n.StartsWith("M3Q", StringComparison.Ordinal));
        names.ShouldContain(n => n.StartsWith("CASNAV", StringComparison.Ordinal));
        names.ShouldContain(n => n.StartsWith("PASS", StringComparison.Ordinal));
        partners.Select(p => p.Type).ShouldContain(PartnerType.Lawyer);
        partners.Select(p => p.Type).ShouldContain(PartnerType.PrivateActor);
        partners.Where(p => p.Type is PartnerType.Lawyer or PartnerType.PrivateActor).ShouldAllBe(p => p.Name.Contains("fictiv") || p.Name.Contains("fictif"));
        partners.SelectMany(p => p.Contacts).ShouldAllBe(c => c.Email == null || c.Email.EndsWith("@example.org"));
        partners.SelectMany(p => p.Contacts).ShouldAllBe(c => c.Phone == null || c.Phone.StartsWith("05 49 00 00"));
        partners.ShouldAllBe(p => p.IsActive && p.Description != null);

        referrals.ShouldNotBeEmpty();
        referrals.ShouldAllBe(r => r.Track != Track.Psychological);
        referrals.ShouldAllBe(r => !archived.Contains(r.YouthId));
        referrals.Select(r => r.Status).Distinct().Count().ShouldBeGreaterThanOrEqualTo(4);
        referrals.Where(r => r.Status == ReferralStatus.Done).ShouldAllBe(r => r.Outcome != null);
    }

    private Task<int> SeedAsync() => App.WithServiceAsync<int, DemoSeeder>(async seeder =>
    {
        await seeder.SeedAsync();
        return 0;
    });
}

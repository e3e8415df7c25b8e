using Remiv.Domain.Common;
using Remiv.Domain.Reports;

namespace Remiv.Domain.Tests.Reports;

public sealed class ReportExportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Coordinator = Guid.NewGuid();

    [Test]
    public void A_period_must_end_on_or_after_its_start_and_span_less_than_twenty_years()
    {
        ReportExport.CheckPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1));
        ReportExport.CheckPeriod(new DateOnly(2006, 11, 28), new DateOnly(2026, 11, 27));

        Should.Throw<DomainRuleException>(() => ReportExport.CheckPeriod(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 1)))
            .Message.ShouldBe("La fin de la période doit venir après son début.");
        Should.Throw<DomainRuleException>(() => ReportExport.CheckPeriod(new DateOnly(2006, 11, 27), new DateOnly(2026, 11, 27)))
            .Message.ShouldBe("Un rapport couvre au plus 20 ans : raccourcissez la période.");
    }

    [Test]
    public void An_export_is_queued_then_ready_for_twenty_four_hours_then_expired()
    {
        var export = ReportExport.Queue(Coordinator, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), " ddets ", ReportFormat.Xlsx, Now);
        export.Status.ShouldBe(PreparedFileStatus.Queued);
        export.Template.ShouldBe("ddets");
        export.Total.ShouldBe(ReportExport.Steps);

        export.Start();
        export.Advance(1);
        export.Done.ShouldBe(1);
        export.IsDownloadable(Now).ShouldBeFalse();

        export.Complete("exports/abc", 1234, Now);
        export.Done.ShouldBe(export.Total);
        export.IsDownloadable(Now.AddHours(23)).ShouldBeTrue();
        export.IsDownloadable(Now.AddHours(24)).ShouldBeFalse();

        export.Expire();
        export.Status.ShouldBe(PreparedFileStatus.Expired);
        export.StorageKey.ShouldBeNull();
    }

    [Test]
    public void An_unknown_format_is_refused()
    {
        Should.Throw<DomainRuleException>(() => ReportExport.Queue(Coordinator, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), null, (ReportFormat)9, Now))
            .Field.ShouldBe("Format");
    }
}

namespace Remiv.Application.Reports;

/// <summary>The report's own French words; tracks, kinds and reasons come from <see cref="Common.DomainLabels"/>.</summary>
public static class ReportLabels
{
    public const string Total = "Total";
    public const string Others = "Autres";
    public const string Unknown = "Non précisé";
    public const string Count = "Nombre";
}

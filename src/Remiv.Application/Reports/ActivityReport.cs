using System.Globalization;

namespace Remiv.Application.Reports;

/// <summary>
/// The activity report as it is published, on the page, in the API and in every export: tables of aggregate figures
/// over a period, never a name, in which every count under 5 is hidden (see <see cref="SmallCounts"/>). It is built once
/// (<c>GetActivityReport</c>) and only rendered afterwards, so the page, the API and the PDF, Excel and CSV files always
/// agree.
/// </summary>
/// <param name="From">First day of the period (Europe/Paris), included.</param>
/// <param name="To">Last day of the period, included.</param>
/// <param name="Template">The funder's template (or the full report) that chose and ordered the tables.</param>
/// <param name="GeneratedAt">When the figures were read.</param>
public sealed record ActivityReport(DateOnly From, DateOnly To, ReportTemplate Template, DateTimeOffset GeneratedAt, IReadOnlyList<ReportTable> Tables);

/// <summary>
/// One table of the report: a row per category, one or more value columns.
/// </summary>
/// <param name="Key">Stable identifier of the table (see <see cref="ReportTableKeys"/>), for the API and the exports.</param>
/// <param name="Title">French title.</param>
/// <param name="RowHeader">French header of the label column ("Nationalité", "Volet"...).</param>
/// <param name="Columns">French headers of the value columns ("Nombre", or one per kind...).</param>
/// <param name="Chart">How the pages and the PDF draw it.</param>
/// <param name="Note">A French sentence that says how the figures are counted, shown under the table.</param>
public sealed record ReportTable(
    string Key, string Title, string RowHeader, IReadOnlyList<string> Columns, IReadOnlyList<ReportRow> Rows, ReportChart Chart, string? Note = null);

/// <param name="Label">French label of the category (a nationality's name, a track, "Total"...).</param>
/// <param name="Values">One value per column of the table.</param>
public sealed record ReportRow(string Label, IReadOnlyList<ReportValue> Values)
{
    /// <summary>The table's total ("Total"): the charts leave it out, the renderings may set it apart.</summary>
    public bool IsTotal { get; init; }
}

/// <summary>
/// A published figure: its number, or nothing when it is hidden because it could let someone recognise a young person.
/// </summary>
public readonly record struct ReportValue(decimal? Number)
{
    public const string HiddenText = "< 5";

    public static readonly ReportValue Hidden = new(null);

    public bool IsHidden => Number is null;

    /// <summary>As the French reader sees it: "1 234", "12,5" or "&lt; 5".</summary>
    public string Shown => Number is { } number ? number.ToString("#,##0.#", French) : HiddenText;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
}

public enum ReportChart
{
    None = 0,

    /// <summary>Horizontal bars of the first column, one per row (hidden values drawn as no bar, labelled "&lt; 5").</summary>
    Bars = 1,
}

/// <summary>
/// A funder's selection of the report's tables, in their order, with the title the funder expects.
/// </summary>
/// <param name="Code">Stable code used in URLs and API calls ("full", "fondation-de-france"...).</param>
public sealed record ReportTemplate(string Code, string Name, string Title, IReadOnlyList<string> TableKeys);

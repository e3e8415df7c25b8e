using System.Text;

namespace Remiv.Application.Reports.Exports;

/// <summary>
/// The activity report as a CSV file for French Excel: UTF-8 with a byte order mark (so Excel reads the accents), ";" as
/// separator, CRLF line ends. One clean table in long format, a line per figure: <c>Rubrique;Catégorie;Colonne;Valeur</c>
/// (the table's title, the row's label, the column's header, the value). Numbers without thousands separator and with a
/// decimal comma ("1234", "12,5"), a hidden figure as "&lt; 5"; a field holding ";", a quote or a line break is quoted.
/// </summary>
public static class ReportCsv
{
    public const char Separator = ';';

    public static readonly string[] Header = ["Rubrique", "Catégorie", "Colonne", "Valeur"];

    public static byte[] Write(ActivityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        Line(text, Header);
        foreach (var table in report.Tables)
        {
            foreach (var row in table.Rows)
            {
                for (var i = 0; i < table.Columns.Count && i < row.Values.Count; i++)
                {
                    Line(text, [table.Title, row.Label, table.Columns[i], Value(row.Values[i])]);
                }
            }
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    /// <summary>"1234", "12,5" or "&lt; 5".</summary>
    public static string Value(ReportValue value) =>
        value.Number is { } number ? number.ToString("0.############", ReportTexts.French) : ReportValue.HiddenText;

    private static void Line(StringBuilder text, string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append(Separator);
            }

            text.Append(Field(fields[i]));
        }

        text.Append("\r\n");
    }

    /// <summary>
    /// A field as Excel reads it: quoted when it holds ";", a quote or a line break; and a label that Excel would take for
    /// a formula (starting with =, +, -, @ or a tab: a workshop kind named "=HYPERLINK(...)") is written with a leading
    /// apostrophe, so that it stays text.
    /// </summary>
    private static string Field(string field)
    {
        var text = field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + field : field;
        return text.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}

using System.Buffers;
using System.Text;

namespace CultureHub.Web.Csv;

/// <summary>
/// Keeps spreadsheets from running a cell as a formula (CSV injection). A cell is dangerous when it
/// starts with = + - @ (or their full-width forms), also behind leading spaces or quotes, and also
/// after any separator a spreadsheet might split on or a line break: a comma-separated file opened
/// by a German spreadsheet program splits "Köln;=HYPERLINK(…)" into two cells. Each dangerous part
/// gets a leading apostrophe, which spreadsheets read as "this is text"; a cell starting with a tab
/// or CR gets one too (OWASP). Signed numbers get one as well: read with the wrong separator,
/// "-1" and the next cell "1+HYPERLINK(…)" become "-1,1+HYPERLINK(…)", a formula where the comma
/// is the decimal mark. No export has negative numbers, so nothing is lost.
/// </summary>
public static class SpreadsheetFormulas
{
    /// <summary>Where a spreadsheet may start a new cell: every separator in use, and line breaks.</summary>
    public static SearchValues<char> Boundaries { get; } = SearchValues.Create(",;\t\r\n");

    private static readonly SearchValues<char> Triggers = SearchValues.Create("=+-@＝＋－＠");
    private static readonly SearchValues<char> Padding = SearchValues.Create(" \u00A0\"");

    public static string Neutralise(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return string.Empty;
        }

        var text = new StringBuilder(cell.Length + 2);
        var start = 0;
        while (true)
        {
            var length = cell.AsSpan(start).IndexOfAny(Boundaries);
            var part = length < 0 ? cell.AsSpan(start) : cell.AsSpan(start, length);
            if (IsDangerous(part) || (start == 0 && cell[0] is '\t' or '\r' or '\n'))
            {
                text.Append('\'');
            }

            text.Append(part);
            if (length < 0)
            {
                return text.ToString();
            }

            start += length + 1;
            text.Append(cell[start - 1]);
        }
    }

    private static bool IsDangerous(ReadOnlySpan<char> part)
    {
        var first = part.IndexOfAnyExcept(Padding);
        return first >= 0 && Triggers.Contains(part[first]);
    }
}

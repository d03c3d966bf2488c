using System.Text;

namespace CultureHub.Web.Tests;

/// <summary>
/// Reads a CSV file the way a spreadsheet program does with the separator it chose (or guessed):
/// quotes only count at the start of a cell, a line break ends the row, and a cell whose first
/// visible character is = + - @ runs as a formula unless it starts with an apostrophe.
/// </summary>
internal static class SpreadsheetReading
{
    public static IEnumerable<string> Cells(string text, char separator) => Rows(text, separator).SelectMany(r => r);

    public static IEnumerable<IReadOnlyList<string>> Rows(string text, char separator)
    {
        var row = new List<string>();
        var cell = new StringBuilder();
        var (isQuoted, isAtStart) = (false, true);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (isQuoted)
            {
                if (c != '"')
                {
                    cell.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else
                {
                    isQuoted = false;
                }
            }
            else if (c == '"' && isAtStart)
            {
                (isQuoted, isAtStart) = (true, false);
            }
            else if (c == separator || c is '\r' or '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                isAtStart = true;
                if (c != separator)
                {
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
                    yield return row;
                    row = [];
                }
            }
            else
            {
                cell.Append(c);
                isAtStart = false;
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            yield return row;
        }
    }

    public static bool IsFormula(string cell)
    {
        var visible = cell.TrimStart(' ', '\u00A0', '"', '\t');
        return visible.Length > 0 && "=+-@＝＋－＠".Contains(visible[0], StringComparison.Ordinal) && !cell.StartsWith('\'');
    }
}

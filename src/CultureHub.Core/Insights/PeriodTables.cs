namespace CultureHub.Core.Insights;

/// <summary>
/// Puts every figure of a period next to the same figure of the previous period: each value column
/// <c>c</c> is followed by <c>c_previous</c>. Both periods' cells are taken as published (each period
/// suppressed on its own), so nothing is computed across the two.
/// </summary>
public static class PeriodTables
{
    public const string PreviousSuffix = "_previous";

    public static IReadOnlyList<FigureTable> Compare(PeriodComparison comparison) =>
        comparison.Current.Tables.Select(t => Compare(t, comparison.Previous?.Table(t.Id))).ToList();

    public static FigureTable Compare(FigureTable current, FigureTable? previous)
    {
        var isText = current.Columns.Select((_, c) => current.Rows.Concat(previous?.Rows ?? []).Any(r => r.Cells[c].Kind == CellKind.Text)).ToList();
        var columns = current.Columns.SelectMany((column, c) => isText[c] ? [column] : new[] { column, column + PreviousSuffix }).ToList();
        var before = (previous?.Rows ?? []).ToDictionary(r => Identity(r, isText), StringComparer.Ordinal);
        var rows = current.Rows.Select(r => Merge(r, before.GetValueOrDefault(Identity(r, isText)), isText, fromCurrent: true)).ToList();
        var seen = current.Rows.Select(r => Identity(r, isText)).ToHashSet(StringComparer.Ordinal);
        rows.AddRange((previous?.Rows ?? []).Where(r => !seen.Contains(Identity(r, isText))).Select(r => Merge(r, r, isText, fromCurrent: false)));
        return new FigureTable(current.Id, columns, rows);
    }

    private static FigureRow Merge(FigureRow row, FigureRow? previous, IReadOnlyList<bool> isText, bool fromCurrent)
    {
        var cells = new List<FigureCell>();
        for (var c = 0; c < isText.Count; c++)
        {
            if (isText[c])
            {
                cells.Add(row.Cells[c]);
                continue;
            }

            cells.Add(fromCurrent ? row.Cells[c] : FigureCell.Label(string.Empty));
            cells.Add(previous?.Cells[c] ?? FigureCell.Label(string.Empty));
        }

        return new FigureRow(row.Key, cells);
    }

    /// <summary>A row is the same row in both periods when its key and its labels (a region, say) agree.</summary>
    private static string Identity(FigureRow row, IReadOnlyList<bool> isText) =>
        string.Join('\u001f', row.Cells.Where((_, c) => isText[c]).Select(c => c.Text).Prepend(row.Key));
}

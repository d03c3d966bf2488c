using System.Globalization;

namespace CultureHub.Core.Insights;

/// <summary>
/// Suppression for counts that several tables publish and that add up across them: a district is
/// part of its statistical region, of its hub's region and of the total; a region's seekers of a
/// competence are part of the state-wide seekers. Suppressing each table on its own is not enough:
/// the region's total minus its published districts would give back a hidden district. Here every
/// sum is declared (<see cref="Relate"/>) and suppression runs until no sum has exactly one hidden
/// cell, so no published figure, nor any difference of published figures along a declared sum,
/// gives a hidden value. Each cell is computed once, so every table that shows it shows the same.
/// </summary>
public sealed class LinkedSuppression
{
    private readonly Dictionary<string, int> _values = new(StringComparer.Ordinal);
    private readonly List<(string Total, string[] Parts, string? Residual)> _sums = [];

    public int this[string cell] => _values.GetValueOrDefault(cell);

    /// <summary>Adds to a cell (cells start at zero).</summary>
    public void Add(string cell, int count = 1) => _values[cell] = _values.GetValueOrDefault(cell) + count;

    /// <summary>
    /// Declares <paramref name="total"/> = Σ <paramref name="parts"/>; a total not yet counted becomes that
    /// sum (declare the inner sums first). A <paramref name="residual"/> part ("place unknown") that is the
    /// lone small cell is shown as "&lt; 5" without hiding another: its size says only how many gave no answer.
    /// </summary>
    public void Relate(string total, IEnumerable<string> parts, string? residual = null)
    {
        var distinct = parts.Distinct(StringComparer.Ordinal).ToArray();
        var sum = distinct.Sum(p => this[p]);
        if (!_values.TryAdd(total, sum) && _values[total] != sum)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The parts of '{total}' add up to {sum}, not {_values[total]}."));
        }

        _sums.Add((total, distinct, residual));
    }

    /// <summary>Every cell, suppressed where the rule says so.</summary>
    public IReadOnlyDictionary<string, FigureCell> Apply()
    {
        var cells = _values.Keys.Concat(_sums.SelectMany(s => s.Parts.Append(s.Total))).Distinct(StringComparer.Ordinal).ToList();
        var hidden = cells.Where(c => SmallCellSuppression.IsSmall(this[c])).ToHashSet(StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var (total, parts, residual) in _sums)
            {
                var involved = parts.Append(total).Where(hidden.Contains).ToList();
                if (involved.Count != 1 || involved[0] == residual)
                {
                    continue;
                }

                var lone = involved[0];
                var partner = parts.Where(p => p != lone && this[p] > 0 && !hidden.Contains(p))
                    .OrderBy(p => this[p]).ThenBy(p => p, StringComparer.Ordinal).FirstOrDefault()
                    ?? (lone != total && this[total] > 0 ? total : null);
                if (partner is not null)
                {
                    hidden.Add(partner);
                    changed = true;
                }
            }
        }
        while (changed);

        return cells.ToDictionary(c => c, c => hidden.Contains(c) ? FigureCell.Suppressed() : FigureCell.Count(this[c]), StringComparer.Ordinal);
    }
}

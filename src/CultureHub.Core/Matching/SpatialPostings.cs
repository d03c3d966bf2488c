using CultureHub.Core.Places;

namespace CultureHub.Core.Matching;

/// <summary>
/// A posting list (members offering or needing one thing) bucketed on a coarse lat/lon grid,
/// so a popular competence yields its nearest holders instead of all of them. Where a query must
/// cut a list short without a distance to order it by, it takes the smallest member ids, so the
/// answer never depends on the order in which members were added.
/// </summary>
internal sealed class SpatialPostings(Func<int, string> idOf)
{
    private const double CellLat = 0.2;
    private const double CellLon = 0.3;
    private const int MaxRing = 40;
    private readonly Dictionary<(int, int), List<int>> _cells = [];
    private readonly List<int> _unlocated = [];
    private readonly List<int> _all = [];

    public int Count => _all.Count;

    public void Add(int member, GeoPoint? location)
    {
        _all.Add(member);
        if (location is null)
        {
            _unlocated.Add(member);
            return;
        }

        var key = Cell(location);
        if (!_cells.TryGetValue(key, out var list))
        {
            _cells[key] = list = [];
        }

        list.Add(member);
    }

    public void Remove(int member, GeoPoint? location)
    {
        _all.Remove(member);
        if (location is null)
        {
            _unlocated.Remove(member);
        }
        else if (_cells.TryGetValue(Cell(location), out var list))
        {
            list.Remove(member);
        }
    }

    /// <summary>Calls <paramref name="visit"/> for up to about <paramref name="limit"/> members, nearest first.</summary>
    public void Nearest(GeoPoint? origin, int limit, Action<int> visit)
    {
        if (_all.Count <= limit || origin is null)
        {
            foreach (var member in FirstById(_all, limit))
            {
                visit(member);
            }

            return;
        }

        var (cy, cx) = Cell(origin);
        var seen = 0;
        for (var ring = 0; ring <= MaxRing && seen < limit; ring++)
        {
            for (var dy = -ring; dy <= ring; dy++)
            {
                for (var dx = -ring; dx <= ring; dx++)
                {
                    if (Math.Max(Math.Abs(dy), Math.Abs(dx)) != ring || !_cells.TryGetValue((cy + dy, cx + dx), out var list))
                    {
                        continue;
                    }

                    foreach (var member in list)
                    {
                        visit(member);
                    }

                    seen += list.Count;
                }
            }
        }

        foreach (var member in FirstById(_unlocated, Math.Max(0, limit - seen)))
        {
            visit(member);
        }
    }

    private IEnumerable<int> FirstById(List<int> members, int limit) =>
        members.Count <= limit ? members : members.OrderBy(idOf, StringComparer.Ordinal).Take(limit);

    private static (int, int) Cell(GeoPoint p) => ((int)Math.Floor(p.Latitude / CellLat), (int)Math.Floor(p.Longitude / CellLon));
}

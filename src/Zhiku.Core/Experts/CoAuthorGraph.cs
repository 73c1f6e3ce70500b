using Zhiku.Access;
using Zhiku.Storage;
using Zhiku.Storage.Experts;

namespace Zhiku.Experts;

/// <summary>
/// The co-authorship graph over the works a caller may see, read lazily from the store: breadth-first distances up to
/// <see cref="MaxDistance"/> hops, for a team's communication cost (Lappas, Liu and Terzi 2009).
/// </summary>
public sealed class CoAuthorGraph
{
    /// <summary>The farthest distance searched; beyond it two people are "not connected".</summary>
    public const int MaxDistance = 3;

    private readonly StoreReader _db;
    private readonly AccessScope _scope;
    private readonly Dictionary<long, HashSet<long>> _neighbours = [];
    private readonly Dictionary<long, Dictionary<long, int>> _distances = [];

    internal CoAuthorGraph(StoreReader db, AccessScope scope)
    {
        _db = db;
        _scope = scope;
    }

    /// <summary>The distance between two people, or null when farther than <see cref="MaxDistance"/>.</summary>
    public int? Distance(long from, long to)
    {
        if (from == to)
        {
            return 0;
        }

        return From(from).TryGetValue(to, out var d) ? d : null;
    }

    private Dictionary<long, int> From(long start)
    {
        if (_distances.TryGetValue(start, out var known))
        {
            return known;
        }

        var distances = new Dictionary<long, int> { [start] = 0 };
        var frontier = new List<long> { start };
        for (var depth = 1; depth <= MaxDistance && frontier.Count > 0; depth++)
        {
            Load(frontier);
            var next = new List<long>();
            foreach (var node in frontier)
            {
                foreach (var n in _neighbours[node])
                {
                    if (distances.TryAdd(n, depth))
                    {
                        next.Add(n);
                    }
                }
            }

            frontier = depth < MaxDistance ? next : [];
        }

        _distances[start] = distances;
        return distances;
    }

    private void Load(List<long> people)
    {
        var missing = people.Where(p => !_neighbours.ContainsKey(p)).ToList();
        foreach (var p in missing)
        {
            _neighbours[p] = [];
        }

        foreach (var link in ExpertRows.CoAuthorLinks(_db, missing))
        {
            if (_scope.Allows(link.Owner, AccessLevels.Parse(link.Access)))
            {
                _neighbours[link.PersonId].Add(link.CoAuthorId);
            }
        }
    }
}

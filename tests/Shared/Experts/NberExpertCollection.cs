using System.Globalization;
using System.Text;

namespace Zhiku.Tests.Shared.Experts;

/// <summary>
/// An expert-finding test collection from the NBER working-paper tables: the queries are the research programmes'
/// names, the relevant experts of a programme are the authors with at least <see cref="MinPapers"/> papers in it.
/// <see cref="WriteWithoutProgrammes"/> writes the tables for import without the programme links, so that a ranking
/// never sees them. Shared by the benchmark and the tests.
/// </summary>
public sealed class NberExpertCollection
{
    public const int MinPapers = 3;

    private readonly string _dir;
    private readonly HashSet<string> _papers;
    private readonly Dictionary<string, List<string>> _authorsOfPaper;

    private NberExpertCollection(string dir, HashSet<string> papers, Dictionary<string, List<string>> authorsOfPaper, Dictionary<string, string> programmes, Dictionary<string, HashSet<string>> relevant)
    {
        _dir = dir;
        _papers = papers;
        _authorsOfPaper = authorsOfPaper;
        Programmes = programmes;
        Relevant = relevant;
    }

    /// <summary>Programme code → name (the query).</summary>
    public IReadOnlyDictionary<string, string> Programmes { get; }

    /// <summary>Programme code → the NBER author ids with at least <see cref="MinPapers"/> of the chosen papers in it.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> Relevant { get; }

    /// <summary>How many papers the collection holds.</summary>
    public int Papers => _papers.Count;

    /// <summary>Reads the tables in <paramref name="nberDir"/>, keeping the papers <paramref name="keep"/> chooses (all when null).</summary>
    public static NberExpertCollection Read(string nberDir, Func<string, int?, bool>? keep = null)
    {
        var papers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Csv(Path.Combine(nberDir, "papers.csv")).Skip(1))
        {
            var year = int.TryParse(row[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
            if (keep is null || keep(row[0], year))
            {
                papers.Add(row[0]);
            }
        }

        var authorsOfPaper = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in Csv(Path.Combine(nberDir, "paper_authors.csv")).Skip(1).Where(r => papers.Contains(r[0])))
        {
            (authorsOfPaper.TryGetValue(row[0], out var list) ? list : authorsOfPaper[row[0]] = []).Add(row[1]);
        }

        var programmes = Csv(Path.Combine(nberDir, "programs.csv")).Skip(1).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        var counts = new Dictionary<(string Programme, string Author), int>();
        foreach (var row in Csv(Path.Combine(nberDir, "paper_programs.csv")).Skip(1).Where(r => papers.Contains(r[0])))
        {
            foreach (var author in authorsOfPaper.GetValueOrDefault(row[0]) ?? [])
            {
                counts[(row[1], author)] = counts.GetValueOrDefault((row[1], author)) + 1;
            }
        }

        var relevant = programmes.Keys.ToDictionary(
            p => p, p => counts.Where(c => c.Key.Programme == p && c.Value >= MinPapers).Select(c => c.Key.Author).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        return new NberExpertCollection(nberDir, papers, authorsOfPaper, programmes, relevant);
    }

    /// <summary>Writes papers.csv with its authors for import, with empty programme tables: the links stay unseen.</summary>
    public string WriteWithoutProgrammes(string targetDir) => Write(targetDir, programmes: false);

    /// <summary>Writes the chosen papers for import, with their programme links when <paramref name="programmes"/>.</summary>
    public string Write(string targetDir, bool programmes)
    {
        Directory.CreateDirectory(targetDir);
        var authors = _authorsOfPaper.Values.SelectMany(a => a).ToHashSet(StringComparer.Ordinal);
        Filter("papers.csv", r => _papers.Contains(r[0]));
        Filter("paper_authors.csv", r => _papers.Contains(r[0]));
        Filter("authors.csv", r => authors.Contains(r[0]));
        Filter("paper_programs.csv", r => programmes && _papers.Contains(r[0]));
        Filter("programs.csv", _ => programmes);
        return Path.Combine(targetDir, "papers.csv");

        void Filter(string name, Func<string[], bool> keep)
        {
            var lines = File.ReadAllLines(Path.Combine(_dir, name));
            var kept = new List<string> { lines[0] };
            kept.AddRange(lines.Skip(1).Where(l => keep(ParseLine(l))));
            File.WriteAllLines(Path.Combine(targetDir, name), kept);
        }
    }

    /// <summary>Average precision of a ranking (the relevant ones never retrieved count as missed).</summary>
    public static double AveragePrecision(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant)
    {
        if (relevant.Count == 0)
        {
            return 0;
        }

        double found = 0, sum = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            if (relevant.Contains(ranked[i]))
            {
                found++;
                sum += found / (i + 1);
            }
        }

        return sum / relevant.Count;
    }

    /// <summary>NDCG at k with binary relevance.</summary>
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant, int k)
    {
        var dcg = ranked.Take(k).Select((id, i) => relevant.Contains(id) ? 1 / Math.Log2(i + 2) : 0).Sum();
        var ideal = Enumerable.Range(0, Math.Min(k, relevant.Count)).Sum(i => 1 / Math.Log2(i + 2));
        return ideal == 0 ? 0 : dcg / ideal;
    }

    // The NBER tables are plain RFC 4180 CSV, one record a line (titles are quoted when they hold commas or quotes).
    private static IEnumerable<string[]> Csv(string path) => File.ReadLines(path).Where(l => l.Length > 0).Select(ParseLine);

    /// <summary>One line of an NBER table (or of the tables this collection writes) as its fields.</summary>
    public static string[] ParseLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}

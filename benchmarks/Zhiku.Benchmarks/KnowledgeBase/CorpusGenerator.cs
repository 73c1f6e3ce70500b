using System.Globalization;
using System.Text;
using System.Text.Json;
using Zhiku.Formats;
using Zhiku.Formats.ZhikuJsonl;
using Zhiku.Model;
using Zhiku.Storage;

namespace Zhiku.Benchmarks.KnowledgeBase;

/// <summary>
/// Builds a large corpus from the real shared files: every real record is read through its importer, then variants
/// are written as Zhiku JSON Lines with the title's words shuffled and tagged, the year shifted, authors drawn from the
/// real author pool, and identifiers made unique, so that each variant is a distinct work. The mix follows a think
/// tank's holdings: 40% English articles with abstracts (WoS, Scopus, PubMed, OpenAlex, BibTeX), 20% Chinese articles
/// (CNKI), 22% NBER working papers, 15% CRS reports, 3% policy documents with full text (cut to 4,000 characters).
/// Reference lists are cut to 30. Seeded: the same arguments give the same corpus.
/// </summary>
internal static class CorpusGenerator
{
    private const int LinesPerFile = 100_000;

    public static int Run(string[] args)
    {
        var output = Arg(args, "--out") ?? "bench-corpus";
        var records = int.Parse(Arg(args, "--records") ?? "1000000", CultureInfo.InvariantCulture);
        var shared = Path.Combine(SharedLocator.Find() ?? throw new InvalidOperationException("shared/data not found; set ZHIKU_SHARED"), "data");
        Directory.CreateDirectory(output);

        var pools = LoadPools(shared);
        foreach (var (name, pool) in pools)
        {
            Console.WriteLine($"pool {name}: {pool.Count} real records");
        }

        var authors = pools.SelectMany(p => p.Pool).SelectMany(w => w.Authors).Where(a => a.Name.Length > 1).DistinctBy(a => a.Name).ToArray();
        var shares = new (string Pool, double Share)[] { ("english", 0.40), ("chinese", 0.20), ("nber", 0.22), ("crs", 0.15), ("policy", 0.03) };
        var random = new Random(20261128);
        long bytes = 0;
        for (var file = 0; file * LinesPerFile < records; file++)
        {
            var path = Path.Combine(output, $"corpus-{file:D3}.jsonl");
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
            for (var i = file * LinesPerFile; i < Math.Min(records, (file + 1) * LinesPerFile); i++)
            {
                var pool = Pick(shares, random);
                var source = pools.First(p => p.Name == pool).Pool;
                var work = Vary(source[random.Next(source.Count)], i, random, authors);
                var line = JsonSerializer.Serialize(new ZhikuJsonlLine(1, null, work), StoreJson.Options);
                writer.Write(line);
                writer.Write('\n');
                bytes += Encoding.UTF8.GetByteCount(line) + 1;
            }
        }

        Console.WriteLine($"wrote {records:N0} records, {bytes / 1e6:F0} MB, to {output}");
        return 0;
    }

    private static List<(string Name, List<WorkRecord> Pool)> LoadPools(string shared)
    {
        List<WorkRecord> Read(params string[] relative) =>
        [
            .. relative.SelectMany(r => Directory.Exists(Path.Combine(shared, r))
                    ? Directory.EnumerateFiles(Path.Combine(shared, r), "*", SearchOption.AllDirectories)
                    : [Path.Combine(shared, r)])
                .Order(StringComparer.Ordinal)
                .SelectMany(ReadFile),
        ];

        var english = Read("bibliographic/wos", "bibliographic/scopus", "bibliographic/pubmed", "bibliographic/openalex/works-api", "bibliographic/bibtex", "bibliographic/wos-tab")
            .Where(w => w.Language is null or "en" && w.Abstracts.Count > 0).ToList();
        var chinese = Read("bibliographic/cnki").Where(w => w.Language == "zh").ToList();
        var nber = Read("registries/nber/papers.csv");
        var crs = Read("documents/crs/crs_search_results.csv");
        var policy = Read("documents/cn-policy");
        foreach (var doc in policy.Where(d => d.FullText is { Length: > 4000 }))
        {
            doc.FullText = doc.FullText![..4000];
        }

        return [("english", english), ("chinese", chinese), ("nber", nber), ("crs", crs), ("policy", policy)];
    }

    private static IEnumerable<WorkRecord> ReadFile(string path)
    {
        var probe = FileProbe.Open(path);
        var importer = ImporterCatalog.Default.Detect(probe);
        if (importer is null)
        {
            return [];
        }

        return importer.Read(new ImportSource(path, probe.Encoding), CancellationToken.None).OfType<ImportedWork>().Select(w => w.Work);
    }

    private static WorkRecord Vary(WorkRecord original, int n, Random random, AuthorRecord[] authors)
    {
        var json = StoreJson.Serialize(original);
        var work = StoreJson.Deserialize<WorkRecord>(json);
        var tag = n.ToString(CultureInfo.InvariantCulture);
        for (var t = 0; t < work.Titles.Count; t++)
        {
            work.Titles[t] = work.Titles[t] with { Text = Shuffle(work.Titles[t].Text, random) + " " + tag };
        }

        if (work.Year is { } year)
        {
            work.Year = Math.Clamp(year + random.Next(-5, 4), 1950, 2026);
            work.Date = work.Year.Value.ToString(CultureInfo.InvariantCulture);
        }

        for (var a = 0; a < work.Authors.Count; a++)
        {
            if (random.NextDouble() < 0.5)
            {
                work.Authors[a] = authors[random.Next(authors.Length)];
            }
        }

        // Real reference lists run to hundreds; 30 keeps the corpus at a size a laptop imports in minutes.
        if (work.References.Count > 30)
        {
            work.References = work.References[..30];
        }

        foreach (var scheme in work.Identifiers.Keys.ToList())
        {
            work.Identifiers[scheme] = work.Identifiers[scheme] + "-v" + tag;
        }

        return work;
    }

    // Shuffles a third of the words (or characters, for Chinese) so titles differ but read like the original.
    private static string Shuffle(string title, Random random)
    {
        var cjk = title.Any(LanguageGuess.IsCjk);
        var parts = cjk ? title.Select(c => c.ToString()).ToArray() : title.Split(' ');
        for (var i = 0; i < parts.Length / 3; i++)
        {
            var a = random.Next(parts.Length);
            var b = random.Next(parts.Length);
            (parts[a], parts[b]) = (parts[b], parts[a]);
        }

        return string.Join(cjk ? string.Empty : " ", parts);
    }

    private static string Pick((string Pool, double Share)[] shares, Random random)
    {
        var x = random.NextDouble();
        foreach (var (pool, share) in shares)
        {
            if ((x -= share) < 0)
            {
                return pool;
            }
        }

        return shares[^1].Pool;
    }

    internal static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using Zhiku.Formats;
using Zhiku.Importing;
using Zhiku.Testing.Fuzzing;

namespace Zhiku.Benchmarks.Fuzz;

/// <summary>
/// <c>xlsx-flips [--out DIR] [--limit-seconds 5] [--harness-cases 50000]</c>: every single-bit flip and every truncation of the fuzz harness's
/// generated registry.xlsx (of its sheet XML and of the workbook's bytes), then the harness's own mutations of it, each detected and read to the end with a
/// time limit. Prints the cases over the limit (saved to DIR) and the slowest case; exit code 1 if any went over.
/// </summary>
internal static class XlsxFlipHunt
{
    public static int Run(string[] args)
    {
        var output = Path.Combine(Path.GetTempPath(), "zhiku-xlsx-flips");
        var limit = TimeSpan.FromSeconds(5);
        var harnessCases = 50_000;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--out")
            {
                output = args[i + 1];
            }
            else if (args[i] == "--harness-cases")
            {
                harnessCases = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--limit-seconds")
            {
                limit = TimeSpan.FromSeconds(double.Parse(args[i + 1], CultureInfo.InvariantCulture));
            }
        }

        Directory.CreateDirectory(output);
        var seeds = Path.Combine(output, "seeds");
        var shared = SharedLocator.Find() ?? throw new InvalidOperationException("shared/data not found");
        var xlsx = FuzzSeeds.Write(seeds, relative => Path.Combine(shared, "data", relative)).Single(s => s.EndsWith(".xlsx", StringComparison.Ordinal));
        var workbook = File.ReadAllBytes(xlsx);
        var sheet = Encoding.UTF8.GetBytes(RegistrySheet());
        var hangs = 0;
        var cases = 0;
        var slowest = (Seconds: 0.0, Name: string.Empty);
        var watch = Stopwatch.StartNew();
        var mutated = Path.Combine(output, "mutated");
        var all = Crafted(sheet).Concat(Variants("sheet", sheet, WorkbookOf)).Concat(Variants("workbook", workbook, b => b)).Concat(Harness(xlsx, mutated, harnessCases));
        foreach (var (name, bytes) in args.Contains("--crafted") ? Crafted(sheet) : all)
        {
            cases++;
            var path = Path.Combine(output, "case.xlsx");
            File.WriteAllBytes(path, bytes);
            var one = Stopwatch.StartNew();
            var task = Task.Run(() => ReadToEnd(path));
            if (!task.Wait(limit))
            {
                hangs++;
                var kept = Path.Combine(output, $"hang-{name}.xlsx");
                File.Copy(path, kept, overwrite: true);
                Console.WriteLine($"HANG {name}: over {limit.TotalSeconds:F0} s, kept as {kept}");
                if (hangs >= 3)
                {
                    break;
                }

                continue;
            }

            if (one.Elapsed.TotalSeconds > slowest.Seconds)
            {
                slowest = (one.Elapsed.TotalSeconds, name);
            }

            if (cases % 2000 == 0)
            {
                Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {cases} cases, {hangs} over the limit");
            }
        }

        Console.WriteLine($"xlsx-flips: {cases} cases, {hangs} over {limit.TotalSeconds:F0} s, slowest {slowest.Seconds:F2} s ({slowest.Name}), {watch.Elapsed.TotalSeconds:F0} s in all");
        return hangs == 0 ? 0 : 1;
    }

    /// <summary>The sheet XML of the generated registry.xlsx, as <see cref="FuzzSeeds"/> writes it.</summary>
    public static string RegistrySheet() => OfficeFiles.SheetXml(
    [
        ["Title", "Authors", "Year", "Source", "Keywords"],
        ["科技智库建设的路径研究", "王力; 李明", "2019", "中国科技论坛", "智库; 政策"],
        ["Think tanks and evidence-based policy", "Smith, J.", "2021", "Policy Studies", "think tanks"],
    ]);

    private static byte[] WorkbookOf(byte[] sheet)
    {
        var path = Path.Combine(Path.GetTempPath(), $"zhiku-sheet-{Guid.NewGuid():N}.xlsx");
        try
        {
            OfficeFiles.WriteXlsx(path, sheet);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static IEnumerable<(string Name, byte[] Bytes)> Variants(string part, byte[] original, Func<byte[], byte[]> wrap)
    {
        for (var at = 0; at < original.Length; at++)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                var flipped = (byte[])original.Clone();
                flipped[at] ^= (byte)(1 << bit);
                yield return ($"{part}-flip-{at}-{bit}", wrap(flipped));
            }
        }

        for (var length = 0; length < original.Length; length++)
        {
            yield return ($"{part}-truncate-{length}", wrap(original[..length]));
        }
    }

    // Hand-made sheets whose references claim far rows or columns (MiniExcel fills the gaps with empty cells).
    private static IEnumerable<(string Name, byte[] Bytes)> Crafted(byte[] sheet)
    {
        var xml = Encoding.UTF8.GetString(sheet);
        yield return ("crafted-far-row", WorkbookOf(Encoding.UTF8.GetBytes(xml.Replace("<row r=\"3\">", "<row r=\"1048576\">", StringComparison.Ordinal).Replace("r=\"A3\"", "r=\"A1048576\"", StringComparison.Ordinal))));
        yield return ("crafted-huge-row", WorkbookOf(Encoding.UTF8.GetBytes(xml.Replace("<row r=\"3\">", "<row r=\"2000000000\">", StringComparison.Ordinal).Replace("r=\"A3\"", "r=\"A2000000000\"", StringComparison.Ordinal))));
        yield return ("crafted-far-column", WorkbookOf(Encoding.UTF8.GetBytes(xml.Replace("r=\"E2\"", "r=\"XFD2\"", StringComparison.Ordinal))));
        yield return ("crafted-huge-column", WorkbookOf(Encoding.UTF8.GetBytes(xml.Replace("r=\"E2\"", "r=\"ZZZZZZ2\"", StringComparison.Ordinal))));
        yield return ("crafted-dimension", WorkbookOf(Encoding.UTF8.GetBytes(xml.Replace("<sheetData>", "<dimension ref=\"A1:XFD1048576\"/><sheetData>", StringComparison.Ordinal))));
    }

    // The fuzz harness's own mutations (several flips, slices, splices) of the workbook alone, seed after seed.
    private static IEnumerable<(string Name, byte[] Bytes)> Harness(string xlsx, string folder, int cases)
    {
        Directory.CreateDirectory(folder);
        for (var number = 1; number <= cases; number++)
        {
            var fuzz = FuzzMutator.Write(20261205, number, [xlsx], folder);
            var bytes = File.ReadAllBytes(fuzz.Path);
            File.Delete(fuzz.Path);
            yield return ($"harness-{number}-{fuzz.Mutation}", bytes);
        }
    }

    private static int ReadToEnd(string path)
    {
        var importer = ImporterCatalog.Default.Detect(FileProbe.Open(path));
        if (importer is null)
        {
            return 0;
        }

        try
        {
            return importer.Read(ImportSource.Open(path), CancellationToken.None).Count();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only hangs are hunted here; what the import pipeline makes of an exception is the fuzz harness's concern.
            return -1;
        }
    }
}

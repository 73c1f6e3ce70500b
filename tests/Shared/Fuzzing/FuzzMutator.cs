using System.Text;

namespace Zhiku.Testing.Fuzzing;

/// <summary>One mutated file: which seed, which mutation, and the case number that reproduces it.</summary>
public sealed record FuzzCase(int Number, string Seed, string Mutation, string Path);

/// <summary>
/// Seeded mutations of real files: the same seed and case number always give the same bytes, so a failing case is
/// reproduced by its number. Sizes are kept to a few MB so that thousands of cases run in minutes.
/// </summary>
public static class FuzzMutator
{
    /// <summary>The mutations, in the order their names are drawn.</summary>
    public static readonly string[] Mutations =
    [
        "truncate", "flip-bytes", "invalid-utf8", "gb18030", "nul-bytes", "huge-line", "huge-token", "deep-nesting",
        "many-columns", "xml-entities", "repeat-slice", "delete-slice", "splice-seeds", "zip-bomb",
    ];

    static FuzzMutator() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Writes case <paramref name="number"/> of a run seeded with <paramref name="seed"/> into <paramref name="folder"/>.</summary>
    public static FuzzCase Write(int seed, int number, IReadOnlyList<string> seeds, string folder)
    {
        // Not HashCode.Combine: it is randomised per process, and a seeded case must be the same file in every run.
        var random = new Random(unchecked((seed * 1_000_003) + number));
        var source = seeds[random.Next(seeds.Count)];
        var mutation = Mutations[random.Next(Mutations.Length)];
        var bytes = File.ReadAllBytes(source);
        var extension = Path.GetExtension(source);
        if (mutation == "zip-bomb")
        {
            // One bomb per run (300 MB of deflate work), copied for each case; otherwise a broken Office package.
            if (random.Next(4) == 0)
            {
                var model = Path.Combine(Path.GetDirectoryName(seeds[0])!, "bomb.docx.model");
                if (!File.Exists(model))
                {
                    OfficeFiles.WriteZipBombDocx(model, 300L << 20);
                }

                var bomb = Path.Combine(folder, $"case-{number:D6}-bomb.docx");
                File.Copy(model, bomb);
                return new FuzzCase(number, source, mutation, bomb);
            }

            mutation = "flip-bytes";
        }

        var mutated = Mutate(mutation, bytes, random, seeds);
        var path = Path.Combine(folder, $"case-{number:D6}-{mutation}-{Path.GetFileNameWithoutExtension(source)}{extension}");
        File.WriteAllBytes(path, mutated);
        return new FuzzCase(number, source, mutation, path);
    }

    private static byte[] Mutate(string mutation, byte[] bytes, Random random, IReadOnlyList<string> seeds)
    {
        switch (mutation)
        {
            case "truncate":
                return bytes[..random.Next(bytes.Length + 1)];
            case "flip-bytes":
                var flipped = (byte[])bytes.Clone();
                for (var i = random.Next(1, 32); i > 0 && flipped.Length > 0; i--)
                {
                    flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
                }

                return flipped;
            case "invalid-utf8":
                return Insert(bytes, random, Pick<byte[]>(random, [[0xFF], [0xC3, 0x28], [0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]]), random.Next(1, 8));
            case "gb18030":
                return Encoding.GetEncoding("GB18030").GetBytes(Encoding.UTF8.GetString(bytes));
            case "nul-bytes":
                return Insert(bytes, random, new byte[random.Next(1, 64)], random.Next(1, 8));
            case "huge-line":
                return Insert(bytes, random, Encoding.UTF8.GetBytes("\n" + Run(random, random.Next(50_000, 600_000), " abc,\t;") + "\n"), 1);
            case "huge-token":
                return InsertAtLineStart(bytes, random, Encoding.UTF8.GetBytes(Tagged(random) + new string((char)('a' + random.Next(26)), random.Next(300, 60_000))));
            case "deep-nesting":
                var depth = random.Next(1_000, 20_000);
                var open = Pick(random, ["[", "{\"a\":", "<a>", "(", "{"]);
                return Insert(bytes, random, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(open, depth))), 1);
            case "many-columns":
                var delimiter = Pick(random, [",", "\t", ";"]);
                return InsertAtLineStart(bytes, random, Encoding.UTF8.GetBytes(string.Join(delimiter, Enumerable.Range(0, random.Next(1_000, 30_000)).Select(i => $"c{i}")) + "\n"));
            case "xml-entities":
                const string Laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\"><!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\"><!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\"><!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n";
                var text = Encoding.UTF8.GetString(bytes);
                var declaration = text.StartsWith("<?xml", StringComparison.Ordinal) ? text.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
                return Encoding.UTF8.GetBytes(text[..declaration] + Laughs + text[declaration..].Replace("<title>", "<title>&lol6;&xxe;", StringComparison.Ordinal));
            case "repeat-slice":
                var start = random.Next(bytes.Length + 1);
                var slice = bytes[start..Math.Min(bytes.Length, start + random.Next(1, 4096))];
                var times = slice.Length == 0 ? 0 : Math.Min(random.Next(2, 2_000), (1 << 20) / slice.Length);
                return [.. bytes[..start], .. Enumerable.Repeat(slice, times).SelectMany(s => s), .. bytes[start..]];
            case "delete-slice":
                var from = random.Next(bytes.Length + 1);
                var to = Math.Min(bytes.Length, from + random.Next(1, Math.Max(2, bytes.Length / 4)));
                return [.. bytes[..from], .. bytes[to..]];
            default:
                var other = File.ReadAllBytes(seeds[random.Next(seeds.Count)]);
                var cut = random.Next(bytes.Length + 1);
                return [.. bytes[..cut], .. other[random.Next(other.Length + 1)..]];
        }
    }

    private static byte[] Insert(byte[] bytes, Random random, byte[] insert, int times)
    {
        var result = bytes;
        for (var i = 0; i < times; i++)
        {
            var at = random.Next(result.Length + 1);
            result = [.. result[..at], .. insert, .. result[at..]];
        }

        return result;
    }

    private static byte[] InsertAtLineStart(byte[] bytes, Random random, byte[] insert)
    {
        var at = random.Next(bytes.Length + 1);
        var line = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, at - 1));
        at = line < 0 ? 0 : line + 1;
        return [.. bytes[..at], .. insert, .. bytes[at..]];
    }

    // A field tag some line formats would accept, so the huge token lands in a title, a keyword or a source.
    private static string Tagged(Random random) => Pick(random, ["TI  - ", "KW  - ", "T2  - ", "TI ", "DE ", "SO ", "{%T} ", "%T ", "title = {", "\"", string.Empty]);

    private static string Run(Random random, int length, string alphabet)
    {
        var chars = new char[length];
        var word = (char)('a' + random.Next(26));
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(8) == 0 ? alphabet[random.Next(alphabet.Length)] : word;
        }

        return new string(chars);
    }

    private static T Pick<T>(Random random, T[] choices) => choices[random.Next(choices.Length)];
}

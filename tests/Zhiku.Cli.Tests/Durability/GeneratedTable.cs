using System.Globalization;
using System.Text;

namespace Zhiku.Cli.Tests.Durability;

/// <summary>
/// A CSV table of distinct works, written for a test: each row one work, every 50th with a title too short to merge
/// on and no author or year (no identifier and no match key, found again only by its content).
/// </summary>
internal static class GeneratedTable
{
    private static readonly string[] Words =
        ["science", "policy", "innovation", "funding", "evaluation", "governance", "industry", "digital", "climate", "energy"];

    /// <summary>Writes <paramref name="rows"/> works to a CSV file in <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder, int rows)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"works-{rows}.csv");
        var text = new StringBuilder("Title,Authors,Year,Source,Keywords\n");
        for (var i = 0; i < rows; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            if (i % 50 == 7)
            {
                text.Append("Note ").Append(n).Append(",,,,\n");
                continue;
            }

            var word = Words[i % Words.Length];
            text.Append(CultureInfo.InvariantCulture, $"Study {n} of {word} and {Words[(i / 10) % Words.Length]} in practice,");
            text.Append(CultureInfo.InvariantCulture, $"\"Author{i % 997}, A.; Other{i % 113}, B.\",{2000 + (i % 25)},Journal of {word},{word}; {Words[(i + 3) % Words.Length]}\n");
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }
}

using System.Text;
using Zhiku.Evaluation.Spec;

namespace Zhiku.Tests.Evaluation;

/// <summary>A spec pasted, uploaded or read from a file is refused before it is expanded when it is too big, too deep or an alias bomb.</summary>
public sealed class SpecBoundsTests
{
    // The 514-byte attack of the issue: seven levels, each a list of nine aliases of the level before (9^7 values).
    private static string AliasBomb(int levels = 7)
    {
        var text = new StringBuilder("data: d.csv\nmeta: m.csv\nsteps: []\nuncertainty:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= levels; level++)
        {
            text.Append($"  l{level}: &l{level} [").AppendJoin(", ", Enumerable.Repeat($"*l{level - 1}", 9)).Append("]\n");
        }

        return text.ToString();
    }

    [Fact]
    public void A_spec_whose_aliases_expand_to_millions_of_values_is_refused_naming_the_spec_and_the_line()
    {
        var spec = AliasBomb();

        var error = Assert.Throws<ArgumentException>(() => SpecLoader.Parse(spec, ".", "pasted.yaml"));

        Assert.True(spec.Length < 600, spec.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("pasted.yaml: line ", error.Message, StringComparison.Ordinal);
        Assert.Contains("aliases", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebasing_a_pasted_alias_bomb_is_refused_before_anything_is_expanded()
    {
        var error = Assert.Throws<ArgumentException>(() => SpecText.Rebase(AliasBomb(), "iData.csv", "iMeta.csv"));

        Assert.Contains("aliases", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_file_with_an_alias_bomb_is_refused_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "zhiku-bomb-" + Guid.NewGuid().ToString("N")[..8] + ".yaml");
        File.WriteAllText(path, AliasBomb());
        try
        {
            var error = Assert.Throws<ArgumentException>(() => SpecLoader.Load(path));

            Assert.StartsWith(path + ": line ", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_few_aliases_within_the_budget_are_read_as_before()
    {
        var spec = "data: d.csv\nmeta: m.csv\nsteps:\n  - treat: &winsorise {method: winsorise}\n  - normalise: {method: minmax}\n  - treat: *winsorise\n";

        var parsed = SpecLoader.Parse(spec, ".");

        Assert.Equal(["treat", "normalise", "treat"], parsed.Steps.Select(s => s.Kind));
        SpecBounds.Check(AliasBomb(levels: 3), "three levels");
    }

    [Fact]
    public void A_spec_nested_deeper_than_the_bound_is_refused()
    {
        var spec = "data: d.csv\nmeta: m.csv\nsteps: " + new string('[', 100) + new string(']', 100) + "\n";

        var error = Assert.Throws<ArgumentException>(() => SpecLoader.Parse(spec, ".", "deep.yaml"));

        Assert.Contains($"deeper than {SpecBounds.MaxDepth} levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_longer_than_the_bound_is_refused_with_its_size()
    {
        var spec = "data: d.csv\nmeta: m.csv\nsteps: []\n# " + new string('x', SpecBounds.MaxCharacters) + "\n";

        var error = Assert.Throws<ArgumentException>(() => SpecLoader.Parse(spec, ".", "long.yaml"));

        Assert.Contains("characters, more than the", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_to_an_unknown_anchor_is_a_clear_error()
    {
        var error = Assert.Throws<ArgumentException>(() => SpecLoader.Parse("data: d.csv\nmeta: m.csv\nsteps: *nothing\n", ".", "alias.yaml"));

        Assert.StartsWith("alias.yaml:", error.Message, StringComparison.Ordinal);
    }
}

using Zhiku.Evaluation.Weights;

namespace Zhiku.Tests.Evaluation;

public sealed class AhpOracleTests
{
    [Fact]
    public void Consistent_matrix_has_exact_weights_and_zero_CR()
    {
        var c = McdaCase.Load("ahp_consistent_3x3.json");
        var result = Ahp.Priorities(c.GetProperty("input").GetProperty("matrix").Matrix());

        McdaCase.Near(c.GetProperty("expected_output").GetProperty("weights").Vector(), result.Weights, 1e-12);
        Assert.Equal(3, result.LambdaMax, 1e-12);
        Assert.Equal(0, result.ConsistencyRatio, 1e-12);
        Assert.False(result.Inconsistent);
    }

    [Fact]
    public void Saaty_drinks_weights_and_CR_per_random_index_table()
    {
        var c = McdaCase.Load("ahp_saaty2008_drinks.json");
        var matrix = c.GetProperty("input").GetProperty("matrix_row_major").Matrix();
        var check = c.GetProperty("computed_here_for_checking");

        var result = Ahp.Priorities(matrix);

        McdaCase.Near(check.GetProperty("weights_eigen").Vector(), result.Weights, 5e-7);
        Assert.Equal(check.GetProperty("lambda_max").GetDouble(), result.LambdaMax, 1e-6);
        Assert.Equal(0.022, result.ConsistencyRatio, 0.0005);
        Assert.Equal(0.0235, Ahp.Priorities(matrix, RandomIndexTable.DoneganDodd1991).ConsistencyRatio, 0.0005);
        AssertCrPerTable(matrix, check.GetProperty("CR_by_RI_table"));
    }

    [Fact]
    public void Wang_Chin_inconsistent_matrix_is_flagged()
    {
        var c = McdaCase.Load("ahp_wang_chin2011_6x6_inconsistent.json");
        var matrix = c.GetProperty("input").GetProperty("matrix").Matrix();

        var result = Ahp.Priorities(matrix);

        McdaCase.Near(c.GetProperty("expected_output").GetProperty("weights_4dp").Vector(), result.Weights, 5e-5);
        Assert.True(result.Inconsistent);
        Assert.Equal(0.23, result.ConsistencyRatio, 0.005);
        AssertCrPerTable(matrix, c.GetProperty("computed_here_for_checking").GetProperty("CR_by_RI_table"));
    }

    [Fact]
    public void Leader_hierarchy_gives_the_published_global_priorities()
    {
        var c = McdaCase.Load("ahp_leader_hierarchy.json");
        var input = c.GetProperty("input");
        var expected = c.GetProperty("expected_output");
        var criteria = Ahp.Priorities(input.GetProperty("criteria_matrix").Matrix(), RandomIndexTable.Saaty2005);
        var names = input.GetProperty("criteria").EnumerateArray().Select(e => e.GetString()!).ToArray();

        var global = new double[3];
        for (var k = 0; k < names.Length; k++)
        {
            var local = Ahp.Priorities(input.GetProperty("alternative_matrices").GetProperty(names[k]).Matrix());
            for (var a = 0; a < 3; a++)
            {
                global[a] += criteria.Weights[k] * local.Weights[a];
            }
        }

        McdaCase.Near([.. names.Select(n => expected.GetProperty("criteria_weights").GetProperty(n).GetDouble())], criteria.Weights, 0.0005);
        Assert.Equal(expected.GetProperty("criteria_CR_saaty").GetDouble(), criteria.ConsistencyRatio, 0.0005);
        McdaCase.Near([.. new[] { "Moll", "Nell", "Sue" }.Select(n => expected.GetProperty("global").GetProperty(n).GetDouble())], global, 0.002);
    }

    [Fact]
    public void Random_index_tables_are_the_five_published_tables()
    {
        var tables = McdaCase.Load("ahp_random_index_tables.json").GetProperty("expected_output");
        var map = new Dictionary<string, RandomIndexTable>
        {
            ["saaty_1980_as_in_pyDecision"] = RandomIndexTable.Saaty1980,
            ["saaty_2005_ANP_book_p31_as_in_AHPy"] = RandomIndexTable.Saaty2005,
            ["donegan_dodd_1991_as_in_AHPy_default"] = RandomIndexTable.DoneganDodd1991,
            ["alonso_lamata_2006_as_in_R_ahp"] = RandomIndexTable.AlonsoLamata2006,
            ["tummala_ling_1998_as_in_pymcdm"] = RandomIndexTable.TummalaLing1998,
        };

        foreach (var (name, table) in map)
        {
            foreach (var entry in tables.GetProperty(name).GetProperty("RI").EnumerateObject())
            {
                Assert.Equal(entry.Value.GetDouble(), RandomIndex.Of(int.Parse(entry.Name, System.Globalization.CultureInfo.InvariantCulture), table));
            }
        }

        Assert.Equal((1.7699 * 20 - 4.3513) / 19, RandomIndex.Of(20, RandomIndexTable.AlonsoLamata2006), 1e-12);
        Assert.Equal(1.5371 + (0.4 * (1.5619 - 1.5371)), RandomIndex.Of(22, RandomIndexTable.DoneganDodd1991), 1e-12);
    }

    [Fact]
    public void Combined_judgements_are_element_wise_geometric_means()
    {
        double[][] a = [[1, 4], [0.25, 1]];
        double[][] b = [[1, 1], [1, 1]];

        var combined = Ahp.CombineJudgements([a, b]);

        Assert.Equal(2, combined[0][1], 1e-12);
        Assert.Equal(0.5, combined[1][0], 1e-12);
    }

    private static void AssertCrPerTable(double[][] matrix, System.Text.Json.JsonElement expected)
    {
        var names = new Dictionary<string, RandomIndexTable>
        {
            ["saaty1980_pyDecision"] = RandomIndexTable.Saaty1980,
            ["saaty2005_AHPy"] = RandomIndexTable.Saaty2005,
            ["donegan_dodd1991_AHPy"] = RandomIndexTable.DoneganDodd1991,
            ["alonso_lamata2006_Rahp"] = RandomIndexTable.AlonsoLamata2006,
            ["tummala_ling1998_pymcdm"] = RandomIndexTable.TummalaLing1998,
        };
        foreach (var (name, table) in names)
        {
            Assert.Equal(expected.GetProperty(name).GetDouble(), Ahp.Priorities(matrix, table).ConsistencyRatio, 0.0005);
        }
    }
}

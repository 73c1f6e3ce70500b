using Zhiku.Evaluation.Framework;

namespace Zhiku.Evaluation.Data;

/// <summary>
/// Reads COINr's iData from CSV or XLSX: <c>uCode</c>, <c>uName</c>, group columns (Type Group in iMeta, or any
/// non-numeric column), then numeric columns (indicators, denominators, anything else). Indicators in
/// <c>supplied</c> may be absent (they come from elsewhere, e.g. expert scores).
/// </summary>
public static class UnitDataReader
{
    public static UnitData Read(string path, IndexFramework framework, IReadOnlySet<string>? supplied = null)
    {
        var table = TabularFile.Read(path);
        var codeColumn = table.ColumnOf("uCode");
        if (codeColumn < 0)
        {
            throw new InvalidOperationException($"{path}: iData needs a uCode column");
        }

        var nameColumn = table.ColumnOf("uName");
        var codes = table.Rows.Select(r => r[codeColumn].Trim()).ToArray();
        if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Length || codes.Any(c => c.Length == 0))
        {
            throw new InvalidOperationException($"{path}: uCode values must be unique and non-empty");
        }

        var groups = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        var numbers = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (var c = 0; c < table.Header.Count; c++)
        {
            if (c == codeColumn || c == nameColumn)
            {
                continue;
            }

            var header = table.Header[c];
            var cells = table.Rows.Select(r => r[c]).ToArray();
            var declaredGroup = framework.Contains(header) && framework[header].Type == NodeType.Group;
            if (declaredGroup || !cells.All(TabularFile.IsNumberOrMissing))
            {
                if (framework.Contains(header) && framework[header].Type is NodeType.Indicator or NodeType.Denominator)
                {
                    throw new InvalidOperationException($"{path}: column '{header}' must be numeric");
                }

                groups[header] = [.. cells.Select(v => v.Trim() is { Length: > 0 } t && t != "NA" ? t : null)];
            }
            else
            {
                numbers[header] = [.. cells.Select(TabularFile.Number)];
            }
        }

        foreach (var indicator in framework.Indicators)
        {
            if (!numbers.ContainsKey(indicator.Code) && supplied?.Contains(indicator.Code) != true)
            {
                throw new InvalidOperationException($"{path}: indicator '{indicator.Code}' has no column");
            }
        }

        return new UnitData
        {
            UnitCodes = codes,
            UnitNames = nameColumn >= 0 ? [.. table.Rows.Select(r => r[nameColumn].Trim())] : codes,
            Groups = groups,
            Numbers = numbers,
        };
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Analytics.Bibliometrics.Golden;

/// <summary>Tagged exports (PubMed MEDLINE, CNKI through CiteSpace and NoteExpress) against bibliometrix's definitions.</summary>
public sealed partial class TaggedGoldenTests
{
    /// <summary>
    /// pubmed2df: AU → AU, JT → SO, DP's year → PY, OT → DE, MH → ID, AD → C1 (a country per address). MEDLINE has no
    /// citation counts: bibliometrix reads TC as 0, Zhiku says the counts are unknown.
    /// </summary>
    [Theory]
    [InlineData("metaknowledge_medline.txt")]
    [InlineData("pybibx_pubmed.txt")]
    public void Summary_and_tables_follow_bibliometrix_on_a_PubMed_export(string file)
    {
        var path = SharedData.Path("bibliographic/pubmed/" + file);
        var rows = Medline(path).Select(r => new BibliometrixRow
        {
            // Deliberate difference: a group author (CN) is an author for Zhiku; pubmed2df reads AU only.
            AU = [.. Values(r, "AU").Concat(Values(r, "CN")).Select(BibliometrixRow.Key)],
            SO = Values(r, "JT").FirstOrDefault(),
            PY = Values(r, "DP").FirstOrDefault() is { } dp ? int.Parse(dp[..4], CultureInfo.InvariantCulture) : null,
            TC = null,
            DE = [.. Values(r, "OT").Select(BibliometrixRow.Key)],
            ID = [.. Values(r, "MH").Select(m => BibliometrixRow.Key(m.Replace("*", string.Empty, StringComparison.Ordinal)))],
            Countries = [.. Values(r, "AD").Select(AddressCountry).OfType<string>()],
        }).ToList();

        BibliometrixExpectations.Check(rows, ImportKit.Read(path, "pubmed-medline").Works());
    }

    /// <summary>
    /// CiteSpace's conversion of CNKI writes WoS tags: read as isi2df reads them. Its "TC 0" on every record is a
    /// placeholder (CNKI's RefWorks export has no counts): Zhiku reports unknown counts where bibliometrix reads 0.
    /// </summary>
    [Fact]
    public void Summary_and_tables_follow_bibliometrix_on_CNKI_records_converted_by_CiteSpace()
    {
        var path = SharedData.Path("bibliographic/cnki/citespace-converted/download_1-307.txt");
        var rows = RawWos.Records(path).Select(r => new BibliometrixRow
        {
            AU = [.. RawWos.Lines(r, "AU").Select(a => BibliometrixRow.Key(a.Trim().TrimEnd(',')))],
            SO = RawWos.Lines(r, "SO").FirstOrDefault(),
            PY = int.Parse(RawWos.Lines(r, "PY")[0], CultureInfo.InvariantCulture),
            TC = null,
            DE = [.. RawWos.Items(r, "DE")],
            ID = [.. RawWos.Items(r, "ID")],
        }).ToList();

        Assert.Equal(307, rows.Count);
        BibliometrixExpectations.Check(rows, ImportKit.Read(path, "cnki-citespace").Works());
    }

    /// <summary>
    /// NoteExpress is not a bibliometrix input; read as its tags say: {Author} (';'-separated, ";;" between English
    /// names, repeated by Wanfang) → AU, {Journal} (else the tertiary or secondary title) → SO, {Year} (else the year
    /// of {Date}) → PY, {Keywords} → DE; Wanfang-style records (ChineseColon.net) separate with '；'. No citation
    /// counts and no Keywords Plus. Two list conventions of older CNKI
    /// records make a plain ';' split count too few, and are read as the records mean them: in mixed.net three records
    /// join Chinese names with ',' ("谢昕,王小增", "周岷江,王天益,李英伦", "穆仙丽,赵宗江,魏晨": 46 authors, where a ';'
    /// split finds 41 "names"); in CoverAllTest15Entries.net a yearbook table and a newspaper article list their
    /// keywords with ',' ("巴拿马,习近平,巴雷拉,…,": 60 keywords, where a ';' split finds 42). A ',' inside an English
    /// name ("Noh, Youngre") separates nothing, so names split on ',' only when each part is Chinese.
    /// </summary>
    [Theory]
    [InlineData("Classic5Test.net", 24, 23)]
    [InlineData("LotsOfEnglish.net", 105, 95)]
    [InlineData("mixed.net", 46, 57)]
    [InlineData("CoverAllTest15Entries.net", 13, 60)]
    [InlineData("ChineseColon.net", 2, 5)]
    [InlineData("withLineBreakInAddress.net", 2, 4)]
    public void Summary_and_tables_follow_the_definitions_on_CNKI_NoteExpress_records(string file, int authors, int keywords)
    {
        var path = SharedData.Path("bibliographic/cnki/noteexpress/" + file);
        var rows = NoteExpress(path).Select(r => new BibliometrixRow
        {
            AU = [.. NoteExpressAuthors(Field(r, "Author")).Select(BibliometrixRow.Key).Where(a => a.Length > 0)],
            SO = new[] { "Journal", "Tertiary Title", "Secondary Title" }.Select(t => Field(r, t)).FirstOrDefault(v => v.Length > 0),
            PY = new[] { Field(r, "Year"), Field(r, "Date") }.FirstOrDefault(v => v.Length >= 4) is { } y && int.TryParse(y[..4], CultureInfo.InvariantCulture, out var year) ? year : null,
            TC = null,
            DE = [.. NoteExpressKeywords(Field(r, "Keywords")).Select(BibliometrixRow.Key).Where(k => k.Length > 0).Distinct()],
        }).ToList();

        Assert.Equal((authors, keywords), (rows.SelectMany(r => r.AU).Distinct().Count(), rows.SelectMany(r => r.DE).Distinct().Count()));
        BibliometrixExpectations.Check(rows, ImportKit.Read(path, "cnki-noteexpress").Works());
    }

    /// <summary>{Author}: ';' (Wanfang: '；') between names; ',' only between Chinese names.</summary>
    private static IEnumerable<string> NoteExpressAuthors(string field)
    {
        var names = field.Split(';', '；').Where(n => n.Trim().Length > 0).ToList();
        var parts = names.Count == 1 ? names[0].Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToList() : [];
        return parts.Count > 1 && parts.All(p => p.All(c => c is >= '\u4e00' and <= '\u9fff' or '·')) ? parts : names;
    }

    /// <summary>{Keywords}: ';' (Wanfang: '；') between keywords, else ','.</summary>
    private static string[] NoteExpressKeywords(string field) =>
        field.IndexOfAny([';', '；']) >= 0 ? field.Split(';', '；') : field.Split(',');

    private static List<Dictionary<string, List<string>>> Medline(string path)
    {
        var records = new List<Dictionary<string, List<string>>>();
        Dictionary<string, List<string>>? current = null;
        var tag = string.Empty;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("PMID-", StringComparison.Ordinal))
            {
                current = [];
                records.Add(current);
            }

            if (current is null || line.Trim().Length == 0)
            {
                continue;
            }

            if (line.StartsWith("      ", StringComparison.Ordinal) && current.TryGetValue(tag, out var open))
            {
                open[^1] += " " + line.Trim();
                continue;
            }

            tag = line[..4].Trim();
            if (!current.TryGetValue(tag, out var values))
            {
                current[tag] = values = [];
            }

            values.Add(line[(line.IndexOf('-', StringComparison.Ordinal) + 1)..].Trim());
        }

        return records;
    }

    private static IReadOnlyList<string> Values(Dictionary<string, List<string>> record, string tag) =>
        record.TryGetValue(tag, out var values) ? values : [];

    private static string? AddressCountry(string address)
    {
        var text = address.Split("Electronic address", StringSplitOptions.None)[0];
        text = string.Join(". ", text.Split(". ").Where(p => !p.Contains('@', StringComparison.Ordinal))).Trim().TrimEnd('.', ';').Trim();
        var comma = text.LastIndexOf(',');
        var last = text[(comma + 1)..].Trim();
        return comma >= 0 && last.Length > 1 && last.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'') ? BibliometrixRow.Country(last) : null;
    }

    /// <summary>NoteExpress records: "{Tag}: value" lines, a record per {Reference Type}; CR and bare CR line ends.</summary>
    private static List<Dictionary<string, string>> NoteExpress(string path)
    {
        var records = new List<Dictionary<string, string>>();
        foreach (var line in File.ReadAllText(path).Split(['\r', '\n']))
        {
            var m = NoteExpressTag().Match(line);
            if (!m.Success)
            {
                continue;
            }

            if (m.Groups[1].Value == "Reference Type")
            {
                records.Add([]);
            }

            var (tag, value) = (m.Groups[1].Value, m.Groups[2].Value.Trim());
            records[^1][tag] = records[^1].TryGetValue(tag, out var earlier) ? earlier + ";" + value : value;
        }

        return records;
    }

    private static string Field(Dictionary<string, string> record, string tag) => record.TryGetValue(tag, out var v) ? v : string.Empty;

    [GeneratedRegex(@"^\{([^}]+)\}:\s?(.*)$")]
    private static partial Regex NoteExpressTag();
}

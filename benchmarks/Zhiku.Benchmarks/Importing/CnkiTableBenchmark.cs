using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Zhiku.Benchmarks.KnowledgeBase;
using Zhiku.Files.Text;
using Zhiku.Formats;
using Zhiku.Importing.Pipeline;
using Zhiku.Storage;

namespace Zhiku.Benchmarks.Importing;

/// <summary>
/// A CNKI table export of 500 rows (CNKI's limit for one export) with all 18 columns of "导出 → 自定义", as an HTML
/// table named .xls, an XLSX workbook and a GB18030 CSV: reading alone, and the whole import (store and index) into an
/// empty data directory. The target is under a second for the whole import.
/// </summary>
internal static class CnkiTableBenchmark
{
    private static readonly string[] Header =
    [
        "SrcDatabase-来源库", "Title-题名", "Author-作者", "Organ-单位", "Source-文献来源", "Keyword-关键词", "Summary-摘要",
        "PubTime-发表时间", "FirstDuty-第一责任人", "Fund-基金", "Year-年", "Volume-卷", "Period-期", "PageCount-页码",
        "CLC-中图分类号", "ISSN", "URL-网址", "DOI",
    ];

    private static readonly string[] Words =
    [
        "数字乡村", "乡村治理", "民族地区", "公共文化", "科技创新", "高质量发展", "营商环境", "数字经济", "人工智能", "知识产权",
        "财政政策", "社会保障", "金融风险", "城镇化", "对外开放", "人才政策", "教育公平", "生态保护", "区域协调", "智库建设",
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "郝", "孙"];

    private static readonly string[] Given = ["明", "华", "强", "丽", "伟", "芳", "军", "敏", "静", "磊", "洋", "星莹", "国强"];

    private static readonly string[] Organs = ["广西民族大学民族学与社会学学院", "北京大学政府管理学院", "中国科学院科技战略咨询研究院", "复旦大学经济学院", "清华大学公共管理学院"];

    private static readonly string[] Databases = ["期刊", "期刊", "期刊", "硕士", "博士", "国内会议", "报纸"];

    private static readonly string[] Clc = ["D633", "F323.6", "G206", "C912.82", "TP391.1", "F124.3", "D422.6"];

    public static int Run(string[] args)
    {
        var rows = int.Parse(CorpusGenerator.Arg(args, "--rows") ?? "500", CultureInfo.InvariantCulture);
        var rounds = int.Parse(CorpusGenerator.Arg(args, "--rounds") ?? "5", CultureInfo.InvariantCulture);
        var folder = Path.Combine(Path.GetTempPath(), "zhiku-bench-cnki-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var table = Rows(rows);
            var files = new (string Name, string Path)[]
            {
                ("html .xls (UTF-8)", Write(folder, "export.xls", Html(table), new UTF8Encoding(false))),
                ("xlsx", WriteXlsx(folder, table)),
                ("csv (GB18030)", Write(folder, "export.csv", Csv(table), TextDecoding.Gb18030)),
            };
            Console.WriteLine($"{rows} rows × {Header.Length} columns; {rounds} rounds; {Environment.ProcessorCount} cpus; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
            // Warm-up of every container twice, so that tiered compilation does not bill the first one measured.
            foreach (var (_, path) in files.Concat(files))
            {
                Read(path);
                Import(folder, path);
            }

            foreach (var (name, path) in files)
            {
                var read = Enumerable.Range(0, rounds).Select(_ => Timed(() => Read(path))).ToList();
                var import = Enumerable.Range(0, rounds).Select(_ => Import(folder, path)).ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-18} {new FileInfo(path).Length / 1024,5} KB  read {Median(read, t => t.Wall),6:F0} ms (cpu {Median(read, t => t.Cpu),5:F0})  import {Median(import, t => t.Wall),6:F0} ms (cpu {Median(import, t => t.Cpu),5:F0}, max wall {import.Max(t => t.Wall),5:F0})"));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Wall time, and the CPU time of the process over it: on a shared machine the second moves less with the load.
    private static (double Wall, double Cpu) Timed(Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        process.Refresh();
        return (watch.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }

    private static double Median(List<(double Wall, double Cpu)> times, Func<(double Wall, double Cpu), double> part) =>
        times.Select(part).Order().ElementAt(times.Count / 2);

    private static void Read(string path)
    {
        var probe = FileProbe.Open(path);
        var importer = ImporterCatalog.Default.Detect(probe) ?? throw new InvalidOperationException($"{path}: not detected");
        if (importer.Read(new ImportSource(path, probe.Encoding), CancellationToken.None).OfType<ImportedWork>().Count() == 0)
        {
            throw new InvalidOperationException($"{path}: no works");
        }
    }

    // The whole import into an empty data directory; opening it (creating the store) is not counted.
    private static (double Wall, double Cpu) Import(string folder, string path)
    {
        var data = new DataDirectory(Path.Combine(folder, "data-" + Guid.NewGuid().ToString("N")[..8]));
        data.EnsureExists();
        (double Wall, double Cpu) time;
        using (var kb = Zhiku.Knowledge.KnowledgeBase.Open(data))
        {
            time = Timed(() =>
            {
                if (kb.Import([path], new ImportOptions()).Imported == 0)
                {
                    throw new InvalidOperationException($"{path}: nothing imported");
                }
            });
        }

        Directory.Delete(data.Root, recursive: true);
        return time;
    }

    private static List<string[]> Rows(int count)
    {
        var random = new Random(18);
        var rows = new List<string[]>(count);
        for (var i = 0; i < count; i++)
        {
            string Pick(string[] list) => list[random.Next(list.Length)];
            var year = 2015 + random.Next(11);
            var authors = Enumerable.Range(0, 1 + random.Next(4)).Select(n => $"{Pick(Surnames)}{Pick(Given)}[{1 + (n % 2)}]").ToList();
            var keywords = Enumerable.Range(0, 3 + random.Next(3)).Select(_ => Pick(Words)).Distinct().ToList();
            var summary = string.Concat(Enumerable.Range(0, 8).Select(_ => $"本文围绕{Pick(Words)}与{Pick(Words)}的关系展开研究，提出了相应的政策建议。"));
            rows.Add(
            [
                Pick(Databases), $"{Pick(Words)}视角下{Pick(Words)}的实践逻辑与优化路径研究（{i + 1}）", string.Join(';', authors),
                $"1.{Pick(Organs)};2.{Pick(Organs)}", "广西民族研究", string.Join(';', keywords), summary,
                $"{year}-{1 + random.Next(12):00}-{1 + random.Next(28):00}", authors[0][..authors[0].IndexOf('[', StringComparison.Ordinal)],
                $"国家社会科学基金项目({year % 100}BMZ{random.Next(1000):000})", year.ToString(CultureInfo.InvariantCulture),
                (year - 1984).ToString(CultureInfo.InvariantCulture), $"{1 + random.Next(6):00}", $"{1 + random.Next(100)}-{101 + random.Next(20)}",
                $"{Pick(Clc)};{Pick(Clc)}", "1004-454X", $"https://kns.cnki.net/kcms2/article/abstract?v=bench{i:00000}",
                random.Next(3) == 0 ? string.Empty : $"10.3969/j.issn.1004-454X.{year}.{i:0000}",
            ]);
        }

        return rows;
    }

    private static string Html(List<string[]> rows)
    {
        var html = new StringBuilder("<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><table border=\"1\">\r\n");
        foreach (var row in rows.Prepend(Header))
        {
            html.Append("<tr>").AppendJoin(string.Empty, row.Select(c => "<td>" + WebUtility.HtmlEncode(c) + "</td>")).Append("</tr>\r\n");
        }

        return html.Append("</table></body></html>").ToString();
    }

    private static string Csv(List<string[]> rows) =>
        string.Concat(rows.Prepend(Header).Select(r => string.Join(',', r.Select(c => c.Contains(',', StringComparison.Ordinal) ? $"\"{c}\"" : c)) + "\r\n"));

    private static string Write(string folder, string name, string text, Encoding encoding)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text, encoding);
        return path;
    }

    private static string WriteXlsx(string folder, List<string[]> rows)
    {
        var path = Path.Combine(folder, "export.xlsx");
        MiniExcelLibs.MiniExcel.SaveAs(path, rows.Select(r => Header.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => (object)p.Item2)).ToList());
        return path;
    }
}

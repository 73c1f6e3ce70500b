using System.Text.RegularExpressions;

namespace Zhiku.Formats.Documents;

/// <summary>A Markdown document: the first "# " heading is the title; YAML front matter gives title, author, date.</summary>
internal sealed partial class MarkdownImporter : DocumentImporter
{
    public override string Format => "document-markdown";

    public override int Detect(FileProbe probe)
    {
        if (probe.Extension is not (".md" or ".markdown") || probe.IsBinary)
        {
            return 0;
        }

        return MarkdownSyntax().IsMatch(probe.HeadText) ? 70 : 40;
    }

    protected override DocumentContent Extract(ImportSource source, CancellationToken cancellationToken)
    {
        string all;
        using (var reader = source.OpenText())
        {
            all = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        var front = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var body = all;
        var fm = FrontMatter().Match(all);
        if (fm.Success)
        {
            body = all[fm.Length..];
            foreach (var line in fm.Groups["yaml"].Value.Split('\n'))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && !char.IsWhiteSpace(line[0]))
                {
                    front[line[..colon].Trim()] = line[(colon + 1)..].Trim().Trim('"', '\'');
                }
            }
        }

        var heading = Heading().Match(body);
        return new DocumentContent
        {
            Text = body,
            Title = front.GetValueOrDefault("title") ?? (heading.Success ? heading.Groups["title"].Value.Trim().TrimEnd('#').Trim() : null),
            Author = front.GetValueOrDefault("author"),
            Keywords = front.GetValueOrDefault("keywords") ?? front.GetValueOrDefault("tags")?.Trim('[', ']'),
            Description = front.GetValueOrDefault("description") ?? front.GetValueOrDefault("summary"),
            Date = front.GetValueOrDefault("date"),
        };
    }

    [GeneratedRegex(@"^(#{1,6} \S|[-*] \S|\d+\. \S|```|---\s*$|\[[^\]]+\]\([^)]+\))", RegexOptions.Multiline)]
    private static partial Regex MarkdownSyntax();

    [GeneratedRegex(@"^# +(?<title>[^\n]+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\A---\n(?<yaml>[\s\S]*?)\n---\n")]
    private static partial Regex FrontMatter();
}

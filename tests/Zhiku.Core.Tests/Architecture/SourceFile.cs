using System.Text;
using System.Text.RegularExpressions;

namespace Zhiku.Tests.Architecture;

/// <summary>
/// What one C# source file says about its place in the tree: the folder it sits in, the namespace it declares, the
/// types it declares, its using directives and the dotted names and identifiers its code (without comments and
/// string literals) mentions.
/// </summary>
internal sealed partial class SourceFile
{
    private SourceFile(string path, string folder, string text)
    {
        Path = path;
        Folder = folder;
        var code = CodeOnly(text);
        Namespace = NamespaceDeclaration().Match(code) is { Success: true } ns ? ns.Groups[1].Value : string.Empty;
        Types = [.. TypeDeclaration().Matches(code).Select(m => m.Groups[1].Value)];
        Usings = [.. UsingDirective().Matches(code).Select(m => m.Groups[1].Value)];
        var body = UsingDirective().Replace(NamespaceDeclaration().Replace(code, string.Empty), string.Empty);
        Chains = [.. DottedName().Matches(body).Select(m => m.Value.Split('.').Select(part => part.Trim()).ToArray())];
        Identifiers = Identifier().Matches(body).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The path relative to the project folder, with forward slashes.</summary>
    public string Path { get; }

    /// <summary>The folder relative to the project folder ("Formats/Ris"), empty for the project folder itself.</summary>
    public string Folder { get; }

    public string Namespace { get; }

    public IReadOnlyList<string> Types { get; }

    /// <summary>The namespace or type named by each using directive (plain, static or alias).</summary>
    public IReadOnlyList<string> Usings { get; }

    /// <summary>Every dotted name of two or more parts that does not follow a dot ("Formats.Wos.WosTabImporter").</summary>
    public IReadOnlyList<string[]> Chains { get; }

    public IReadOnlySet<string> Identifiers { get; }

    public static SourceFile Parse(string path, string text)
    {
        var slash = path.LastIndexOf('/');
        return new SourceFile(path, slash < 0 ? string.Empty : path[..slash], text);
    }

    /// <summary>The text with comments, string and character literals blanked out (interpolation holes included).</summary>
    internal static string CodeOnly(string text)
    {
        var code = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                i = Skip(text, i, "\n");
            }
            else if (c == '/' && next == '*')
            {
                i = Skip(text, i + 2, "*/");
            }
            else if (c == '"' && next == '"' && i + 2 < text.Length && text[i + 2] == '"')
            {
                var quotes = 3;
                while (i + quotes < text.Length && text[i + quotes] == '"')
                {
                    quotes++;
                }

                i = Skip(text, i + quotes, new string('"', quotes));
                code.Append("\"\"");
            }
            else if (c == '@' && next == '"')
            {
                i = SkipVerbatim(text, i + 2);
                code.Append("\"\"");
            }
            else if (c == '"' || c == '\'')
            {
                i = SkipQuoted(text, i + 1, c);
                code.Append(c).Append(c);
            }
            else
            {
                code.Append(c);
                i++;
            }
        }

        return code.ToString();
    }

    private static int Skip(string text, int from, string end)
    {
        var at = text.IndexOf(end, from, StringComparison.Ordinal);
        return at < 0 ? text.Length : at + end.Length;
    }

    private static int SkipVerbatim(string text, int i)
    {
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            i++;
        }

        return i;
    }

    private static int SkipQuoted(string text, int i, char quote)
    {
        while (i < text.Length && text[i] != quote && text[i] != '\n')
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i + 1, text.Length);
    }

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?:class\s+|struct\s+)?([A-Z]\w*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"(?<![\w.])[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)+")]
    private static partial Regex DottedName();

    [GeneratedRegex(@"\b[A-Z]\w*")]
    private static partial Regex Identifier();
}

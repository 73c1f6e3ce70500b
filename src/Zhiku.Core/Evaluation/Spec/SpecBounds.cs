using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Zhiku.Evaluation.Spec;

/// <summary>
/// Limits on a spec before it is read: its size, its nesting and the number of nodes it stands for once every YAML alias
/// is expanded. Seven levels of aliases each repeating the last nine times stand for 9⁷ nodes in 514 bytes ("billion
/// laughs"); the event stream is scanned with each anchor's expanded size, so such a spec is refused in microseconds.
/// </summary>
public static class SpecBounds
{
    /// <summary>The longest spec text read, in characters (real specs are a few kilobytes).</summary>
    public const int MaxCharacters = 1 << 20;

    /// <summary>The deepest nesting of maps and lists.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most nodes (scalars, maps, lists) a spec may stand for with its aliases expanded.</summary>
    public const long MaxExpandedNodes = 200_000;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the spec, the line and the bound it exceeds.</summary>
    public static void Check(string text, string name)
    {
        if (text.Length > MaxCharacters)
        {
            throw new ArgumentException($"{name}: the spec has {text.Length:N0} characters, more than the {MaxCharacters:N0} allowed");
        }

        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Nodes, Mark Start)>();
        long total = 0;
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                long? size = null;
                string? anchor = null;
                switch (parser.Current)
                {
                    case AnchorAlias alias:
                        size = anchors.TryGetValue(alias.Value.Value, out var known) ? known
                            : throw new ArgumentException($"{name}: line {Line(alias.Start)}: the alias *{alias.Value} names no anchor before it");
                        break;
                    case Scalar scalar:
                        (size, anchor) = (1, Name(scalar.Anchor));
                        break;
                    case NodeEvent node and (MappingStart or SequenceStart):
                        open.Push((Name(node.Anchor), 1, node.Start));
                        if (open.Count > MaxDepth)
                        {
                            throw new ArgumentException($"{name}: line {Line(node.Start)}: maps and lists nest deeper than {MaxDepth} levels");
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        var closed = open.Pop();
                        (size, anchor) = (closed.Nodes, closed.Anchor);
                        break;
                }

                if (size is not { } nodes)
                {
                    continue;
                }

                if (anchor is not null)
                {
                    anchors[anchor] = nodes;
                }

                if (open.TryPop(out var parent))
                {
                    open.Push(parent with { Nodes = parent.Nodes + nodes });
                    nodes = parent.Nodes + nodes;
                }
                else
                {
                    total += nodes;
                    nodes = total;
                }

                if (nodes > MaxExpandedNodes)
                {
                    throw new ArgumentException(
                        $"{name}: line {Line(parser.Current!.Start)}: the spec stands for more than {MaxExpandedNodes:N0} values once its YAML aliases are expanded; write the values out or use fewer aliases");
                }
            }
        }
        catch (YamlException e)
        {
            throw new ArgumentException($"{name}: not valid YAML/JSON ({e.Message})", e);
        }
    }

    private static string? Name(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

    private static string Line(Mark mark) => mark.Line.ToString(CultureInfo.InvariantCulture);
}

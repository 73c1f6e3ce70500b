using System.Globalization;
using YamlDotNet.Serialization;
using Zhiku.Evaluation.Experts;

namespace Zhiku.Evaluation.Spec;

/// <summary>
/// Reads an evaluation spec from YAML or JSON (JSON is read by the YAML parser, of which it is a subset). Paths are
/// resolved against the spec file's folder.
/// </summary>
public static class SpecLoader
{
    private static readonly string[] Known = ["data", "meta", "steps", "uncertainty", "data_sha256", "meta_sha256", "engine", "log", "admission", "experts", "experts_log", "knowledge", "knowledge_sha256", "knowledge_log"];

    public static EvaluationSpec Load(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        if (new FileInfo(path) is { Exists: true, Length: > SpecBounds.MaxCharacters * 4L } large)
        {
            throw new ArgumentException($"{path}: the spec has {large.Length:N0} bytes, more than a spec of {SpecBounds.MaxCharacters:N0} characters can have");
        }

        return Parse(File.ReadAllText(path), folder, path);
    }

    public static EvaluationSpec Parse(string text, string folder, string name = "spec")
    {
        var map = ReadMap(text, name, "the spec must be a map with data, meta and steps");

        foreach (var key in map.Keys.Where(k => !Known.Contains(k)))
        {
            throw new ArgumentException($"{name}: unknown key '{key}' (expected {string.Join(", ", Known)})");
        }

        string Required(string key) => map.TryGetValue(key, out var v) && v is string s ? s : throw new ArgumentException($"{name}: '{key}' is required");
        var steps = map.TryGetValue("steps", out var s) && s is IReadOnlyList<object?> list
            ? list.Select((item, i) => ParseStep(item, i, name)).ToList()
            : throw new ArgumentException($"{name}: 'steps' must be a list");
        return new EvaluationSpec
        {
            DataPath = Path.GetFullPath(Path.Combine(folder, Required("data"))),
            MetaPath = Path.GetFullPath(Path.Combine(folder, Required("meta"))),
            Steps = steps,
            Uncertainty = map.TryGetValue("uncertainty", out var u) && u is IReadOnlyDictionary<string, object?> um ? ParseUncertainty(new StepParameters(um), name) : null,
            DataSha256 = map.TryGetValue("data_sha256", out var dh) ? dh as string : null,
            MetaSha256 = map.TryGetValue("meta_sha256", out var mh) ? mh as string : null,
            Experts = map.TryGetValue("experts", out var ex) && ex is not null ? ExpertsSpecReader.Parse(ex, folder, name) : null,
            Knowledge = map.TryGetValue("knowledge", out var k) && k is not null ? FromKnowledge.KnowledgeIndicatorSpec.Parse(k, name) : [],
            KnowledgeSha256 = map.TryGetValue("knowledge_sha256", out var kh) ? kh as string : null,
            Admission = map.TryGetValue("admission", out var a) && a is not null ? AdmissionSpec.Parse(a, name) : [],
        };
    }

    private static StepSpec ParseStep(object? item, int index, string name)
    {
        if (item is string bare)
        {
            return new StepSpec(bare, StepParameters.Empty);
        }

        if (item is not IReadOnlyDictionary<string, object?> { Count: 1 } single)
        {
            throw new ArgumentException($"{name}: step {index + 1} must be a one-key map such as '- treat: {{method: winsorise}}'");
        }

        var (kind, value) = single.First();
        return value switch
        {
            null => new StepSpec(kind, StepParameters.Empty),
            IReadOnlyDictionary<string, object?> parameters => new StepSpec(kind, new StepParameters(parameters)),
            _ => throw new ArgumentException($"{name}: the parameters of step '{kind}' must be a map"),
        };
    }

    private static UncertaintySpec ParseUncertainty(StepParameters p, string name)
    {
        var inputs = (p.Maps("inputs") ?? throw new ArgumentException($"{name}: uncertainty needs 'inputs'")).Select(i => ParseInput(i, name)).ToList();
        return new UncertaintySpec(inputs, p.String("target"));
    }

    private static UncertainInput ParseInput(StepParameters p, string name)
    {
        var inputName = p.String("name") ?? throw new ArgumentException($"{name}: every uncertain input needs a 'name'");
        if (p.Map("noisy_weights") is { } noise)
        {
            var levels = noise.Map("levels") ?? throw new ArgumentException($"{name}: noisy_weights needs 'levels' (level: factor)");
            return new UncertainInput
            {
                Name = inputName,
                NoiseByLevel = levels.Values.Keys.ToDictionary(k => int.Parse(k, CultureInfo.InvariantCulture), k => levels.Double(k, 0)),
                NoiseSets = noise.Int("sets", 100),
            };
        }

        var step = p.String("step") ?? throw new ArgumentException($"{name}: uncertain input '{inputName}' needs 'step'");
        if (p.Maps("alternatives") is { } alternatives)
        {
            return new UncertainInput { Name = inputName, Step = step, Alternatives = alternatives };
        }

        var parameter = p.String("parameter") ?? throw new ArgumentException($"{name}: uncertain input '{inputName}' needs 'parameter' or 'alternatives'");
        if (p.Doubles("range") is { Count: 2 } range)
        {
            return new UncertainInput { Name = inputName, Step = step, Parameter = parameter, Range = (range[0], range[1]) };
        }

        return p.Values.TryGetValue("values", out var v) && v is IReadOnlyList<object?> values
            ? new UncertainInput { Name = inputName, Step = step, Parameter = parameter, Values = values }
            : throw new ArgumentException($"{name}: uncertain input '{inputName}' needs 'values', 'range' or 'alternatives'");
    }

    /// <summary>A spec's YAML or JSON text as a map; a clear error naming the spec when it is not one.</summary>
    internal static IReadOnlyDictionary<string, object?> ReadMap(string text, string name, string notAMap)
    {
        SpecBounds.Check(text, name);
        object? root;
        try
        {
            root = new DeserializerBuilder().Build().Deserialize<object>(text);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new ArgumentException($"{name}: not valid YAML/JSON ({e.Message})", e);
        }

        return StepParameters.Normalise(root) as IReadOnlyDictionary<string, object?>
            ?? throw new ArgumentException($"{name}: {notAMap}");
    }
}

using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using Zhiku.Files;
using Zhiku.Model;

namespace Zhiku.Formats.Registry;

/// <summary>
/// A YAML list of think tanks in the shape of Hack-Education-Data/think-tanks: entries with Name, Location
/// ("Grand Rapids MI"), URL, Focus, Orientation, Funders, Figures and Notes. Each entry becomes a ThinkTank organisation.
/// </summary>
internal sealed partial class ThinkTanksYamlImporter : IFormatImporter
{
    private static readonly string[] KeptAsExtra = ["Location", "Focus", "Orientation", "Funders", "Figures", "Notes"];

    public string Format => "registry-thinktanks-yaml";

    public int Detect(FileProbe probe)
    {
        if (probe.IsBinary || probe.Extension is not (".yaml" or ".yml"))
        {
            return 0;
        }

        var text = probe.HeadText;
        return EntryStart().IsMatch(text) && text.Contains("\n  URL:", StringComparison.Ordinal)
            && (text.Contains("\n  Orientation:", StringComparison.Ordinal) || text.Contains("\n  Funders:", StringComparison.Ordinal)) ? 90 : 0;
    }

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
    {
        List<Dictionary<string, object?>> entries;
        try
        {
            using var reader = source.OpenText();
            entries = new DeserializerBuilder().Build().Deserialize<List<Dictionary<string, object?>>>(reader) ?? [];
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new ImportException($"{source.FileName}: not a YAML list of think tanks ({ex.Message})", ex);
        }

        for (var i = 0; i < entries.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Organisation(entries[i], new RecordPosition(i + 1, 0));
        }
    }

    private static ImportItem Organisation(Dictionary<string, object?> entry, RecordPosition position)
    {
        var name = Value(entry, "Name");
        if (name is null)
        {
            return new RecordError(position, $"{position}: think tank without a Name");
        }

        var org = new OrganisationRecord { Name = name, Type = OrganisationType.ThinkTank, Url = Value(entry, "URL"), Description = Value(entry, "Focus") };
        if (Value(entry, "Location") is { } location)
        {
            // "Grand Rapids MI", "Washington DC": a city and a US state or district code.
            var m = CityState().Match(location);
            org.City = m.Success ? m.Groups["city"].Value : location;
            if (m.Success)
            {
                org.Country = "US";
                org.Extra["State"] = m.Groups["state"].Value;
            }
        }

        foreach (var key in KeptAsExtra)
        {
            if (Value(entry, key) is { } value)
            {
                org.Extra[key] = value;
            }
        }

        return new ImportedOrganisation(position, org);
    }

    private static string? Value(Dictionary<string, object?> entry, string key)
    {
        var raw = entry.FirstOrDefault(kv => string.Equals(kv.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
        var text = raw is IEnumerable<object> list && raw is not string ? string.Join(", ", list) : raw?.ToString();
        text = text?.Trim().TrimEnd(',').Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    [GeneratedRegex(@"^- Name: ", RegexOptions.Multiline)]
    private static partial Regex EntryStart();

    [GeneratedRegex(@"^(?<city>.+?),?\s+(?<state>[A-Z]{2})$")]
    private static partial Regex CityState();
}

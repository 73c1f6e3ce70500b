using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Zhiku.Registry;

/// <summary>Lays submitted field values over a record, checking each against its field (type, length, choices).</summary>
internal static partial class RegistryValues
{
    /// <summary>
    /// Sets each submitted field on <paramref name="record"/> (a blank text or an empty list removes it) and returns what
    /// is wrong, every field checked; the name field must be there afterwards.
    /// </summary>
    public static List<RegistryProblem> Apply(RegistryKind kind, JsonObject record, JsonObject values)
    {
        var problems = new List<RegistryProblem>();
        foreach (var (name, value) in values)
        {
            if (kind.Field(name) is not { } field)
            {
                problems.Add(new(name, "unknown-field"));
                continue;
            }

            if (Read(field, value, problems) is var (ok, node) && ok)
            {
                if (node is null)
                {
                    record.Remove(name);
                }
                else
                {
                    record[name] = node;
                }
            }
        }

        if (record[kind.NameField] is null && !problems.Any(p => p.Field == kind.NameField))
        {
            problems.Add(new(kind.NameField, "required"));
        }

        return problems;
    }

    // The value as the record stores it (null: remove the field), or not ok with a problem added.
    private static (bool Ok, JsonNode? Node) Read(RegistryField field, JsonNode? value, List<RegistryProblem> problems)
    {
        if (field.Type == RegistryFieldType.Table)
        {
            return ReadTable(field, value, problems);
        }

        if (field.Type is RegistryFieldType.List or RegistryFieldType.Terms)
        {
            var items = new List<string>();
            if (value is JsonValue single && single.GetValueKind() == JsonValueKind.String)
            {
                // A form posts a list as lines of one text.
                items.AddRange(single.GetValue<string>().Split('\n').Select(s => s.Trim()).Where(s => s.Length > 0));
            }
            else if (value is JsonArray array)
            {
                foreach (var item in array)
                {
                    if (item is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
                    {
                        problems.Add(new(field.Name, "not-list"));
                        return (false, null);
                    }

                    if (v.GetValue<string>().Trim() is { Length: > 0 } trimmed)
                    {
                        items.Add(trimmed);
                    }
                }
            }
            else if (value is not null)
            {
                problems.Add(new(field.Name, "not-list"));
                return (false, null);
            }

            if (items.Count > RegistryField.MaxItems)
            {
                problems.Add(new(field.Name, "too-many", RegistryField.MaxItems.ToString(CultureInfo.InvariantCulture)));
                return (false, null);
            }

            if (items.FirstOrDefault(i => i.Length > field.MaxLength) is not null)
            {
                problems.Add(new(field.Name, "too-long", field.MaxLength.ToString(CultureInfo.InvariantCulture)));
                return (false, null);
            }

            return (true, items.Count == 0 ? null : new JsonArray([.. items.Distinct(StringComparer.Ordinal).Select(i => (JsonNode)JsonValue.Create(i))]));
        }

        string text;
        if (value is null)
        {
            text = "";
        }
        else if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            text = v.GetValue<string>().Trim();
        }
        else
        {
            problems.Add(new(field.Name, "not-text"));
            return (false, null);
        }

        if (text.Length == 0)
        {
            if (field.Required)
            {
                problems.Add(new(field.Name, "required"));
                return (false, null);
            }

            return (true, null);
        }

        if (text.Length > field.MaxLength)
        {
            problems.Add(new(field.Name, "too-long", field.MaxLength.ToString(CultureInfo.InvariantCulture)));
            return (false, null);
        }

        if (field.Type != RegistryFieldType.LongText && text.Contains('\n', StringComparison.Ordinal))
        {
            text = string.Join(' ', text.Split('\n').Select(s => s.Trim()));
        }

        if (field.Type == RegistryFieldType.Choice)
        {
            var typed = text;
            text = field.Choices!.FirstOrDefault(c => c.Equals(typed, StringComparison.OrdinalIgnoreCase)) ?? typed;
        }

        var problem = field.Type switch
        {
            RegistryFieldType.Choice when !field.Choices!.Contains(text) => "bad-choice",
            RegistryFieldType.Date when !DatePattern().IsMatch(text) => "bad-date",
            RegistryFieldType.Email when !EmailPattern().IsMatch(text) => "bad-email",
            RegistryFieldType.Url when !Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) => "bad-url",
            _ => null,
        };
        if (problem is not null)
        {
            problems.Add(new(field.Name, problem, text));
            return (false, null);
        }

        return (true, JsonValue.Create(text));
    }

    // A table's rows: a JSON array of objects, or lines of "value | value" in the columns' order (a form's text).
    private static (bool Ok, JsonNode? Node) ReadTable(RegistryField field, JsonNode? value, List<RegistryProblem> problems)
    {
        var columns = field.Columns!;
        var rows = new List<JsonObject>();
        if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
        {
            foreach (var line in text.GetValue<string>().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                var cells = line.Split('|');
                var row = new JsonObject();
                for (var i = 0; i < cells.Length && i < columns.Count; i++)
                {
                    row[columns[i].Name] = cells[i].Trim();
                }

                rows.Add(row);
            }
        }
        else if (value is JsonArray array && array.All(r => r is JsonObject))
        {
            rows.AddRange(array.Select(r => (JsonObject)r!.DeepClone()));
        }
        else if (value is not null)
        {
            problems.Add(new(field.Name, "not-table"));
            return (false, null);
        }

        if (rows.Count > RegistryField.MaxItems)
        {
            problems.Add(new(field.Name, "too-many", RegistryField.MaxItems.ToString(CultureInfo.InvariantCulture)));
            return (false, null);
        }

        var stored = new JsonArray();
        var count = problems.Count;
        foreach (var row in rows)
        {
            var clean = new JsonObject();
            foreach (var (name, cell) in row)
            {
                if (columns.FirstOrDefault(c => c.Name == name) is not { } column)
                {
                    problems.Add(new(field.Name + "." + name, "unknown-field"));
                }
                else if (Read(column with { Name = field.Name + "." + column.Name }, cell, problems) is (true, { } node))
                {
                    clean[column.Name] = node;
                }
            }

            foreach (var column in columns.Where(c => c.Required && clean[c.Name] is null && !row.ContainsKey(c.Name)))
            {
                problems.Add(new(field.Name + "." + column.Name, "required"));
            }

            stored.Add(clean);
        }

        return problems.Count > count ? (false, null) : (true, stored.Count == 0 ? null : stored);
    }

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}

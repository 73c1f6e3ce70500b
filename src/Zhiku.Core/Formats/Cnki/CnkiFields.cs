namespace Zhiku.Formats.Cnki;

/// <summary>The values of one CNKI record, whatever export format they came from, before they become a work.</summary>
internal sealed class CnkiFields
{
    public string? Type { get; set; }

    public List<string> Titles { get; } = [];

    public List<string> Authors { get; } = [];

    public List<string> Affiliations { get; } = [];

    public string? Source { get; set; }

    public string? Publisher { get; set; }

    public string? Year { get; set; }

    public string? Date { get; set; }

    public string? Volume { get; set; }

    public string? Issue { get; set; }

    public string? Pages { get; set; }

    public List<string> Keywords { get; } = [];

    public string? Abstract { get; set; }

    /// <summary>ISSN or ISBN as the export gives it (NoteExpress puts both in one field).</summary>
    public List<string> IssnOrIsbn { get; } = [];

    public string? Language { get; set; }

    public string? Link { get; set; }

    public string? Doi { get; set; }

    /// <summary>中图分类号 codes (CLC), already split.</summary>
    public List<string> ClcCodes { get; } = [];

    public List<string> Funding { get; } = [];

    /// <summary>Fields without a place in the work, by the export's own tag.</summary>
    public SortedDictionary<string, string> Extra { get; } = new(StringComparer.Ordinal);

    /// <summary>Keeps a value in <see cref="Extra"/>, joining repeated tags with "; ".</summary>
    public void AddExtra(string tag, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        Extra[tag] = Extra.TryGetValue(tag, out var before) ? before + "; " + value.Trim() : value.Trim();
    }
}

using Zhiku.Model;

namespace Zhiku.Importing.Pipeline;

/// <summary>Counts missing fields over the works of a batch for the data-quality report.</summary>
internal sealed class QualityTally
{
    private static readonly (string Field, Func<WorkRecord, bool> Missing)[] Checks =
    [
        ("title", w => w.Titles.Count == 0),
        ("authors", w => w.Authors.Count == 0),
        ("year", w => w.Year is null),
        ("abstract", w => w.Abstracts.Count == 0),
        ("doi", w => !w.Identifiers.ContainsKey(IdSchemes.Doi)),
        ("keywords", w => w.AuthorKeywords.Count == 0 && w.IndexKeywords.Count == 0),
        ("source", w => string.IsNullOrEmpty(w.Source)),
        ("language", w => string.IsNullOrEmpty(w.Language)),
        ("references", w => w.References.Count == 0),
        ("affiliations", w => w.Authors.TrueForAll(a => a.Affiliations.Count == 0) && w.Organisations.Count == 0),
        ("fullText", w => string.IsNullOrEmpty(w.FullText)),
    ];

    private readonly int[] _missing = new int[Checks.Length];
    private int _works;

    public void Add(WorkRecord work)
    {
        _works++;
        for (var i = 0; i < Checks.Length; i++)
        {
            if (Checks[i].Missing(work))
            {
                _missing[i]++;
            }
        }
    }

    public SortedDictionary<string, double> Shares()
    {
        var result = new SortedDictionary<string, double>(StringComparer.Ordinal);
        if (_works == 0)
        {
            return result;
        }

        for (var i = 0; i < Checks.Length; i++)
        {
            result[Checks[i].Field] = Math.Round((double)_missing[i] / _works, 4);
        }

        return result;
    }
}

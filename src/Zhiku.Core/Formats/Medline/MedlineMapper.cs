using Zhiku.Files.Tagged;
using Zhiku.Model;

namespace Zhiku.Formats.Medline;

/// <summary>Maps one MEDLINE record onto a work.</summary>
internal static class MedlineMapper
{
    public static WorkRecord? Map(TaggedRecord record, out string? problem)
    {
        problem = null;
        for (var i = 0; i < record.Fields.Count; i++)
        {
            record.Fields[i] = record.Fields[i] with { Value = ValueText.OneLine(record.Fields[i].Value) };
        }

        if (record.First("TI") is not { } title)
        {
            problem = "missing title (TI)";
            return null;
        }

        var language = LanguageCodes.ToIso(record.First("LA"));
        var work = new WorkRecord
        {
            Language = language,
            Source = record.First("JT"),
            SourceAbbreviation = record.First("TA"),
            Volume = record.First("VI"),
            Issue = record.First("IP"),
            Pages = record.First("PG"),
            Date = MedlineDate.ToIso(record.First("DP")),
        };

        // TI is always in English (bracketed when translated); TT holds the title in the article's own language.
        work.AddTitle(title, "en");
        // Publisher-supplied records of metaknowledge_medline.txt say "LA - ENG" beside a French TT, so an English LA
        // leaves the TT's language unknown rather than guessing from its Latin script.
        foreach (var translated in record.All("TT"))
        {
            work.Titles.Add(new LangText(language is not null and not "en" ? language : null, translated));
        }

        work.AddAbstract(record.First("AB"));
        work.Year = ValueText.Year(work.Date);
        work.AddIdentifier(IdSchemes.Pmid, record.First("PMID"));
        work.AddIdentifier(IdSchemes.Pmcid, record.First("PMC"));
        work.AddIdentifier(IdSchemes.Doi, Tagged(record, "AID", "[doi]") ?? Tagged(record, "LID", "[doi]"));
        work.Issn = record.All("IS").Select(v => v.Split(' ')[0]).FirstOrDefault();

        var types = record.All("PT").ToList();
        work.DocumentType = types.Count > 0 ? string.Join("; ", types) : null;
        work.Kind = KindOf(types);
        work.AuthorKeywords.AddRange(record.All("OT"));
        // MeSH headings mark major topics with '*' ("*Decision Making", "Aged/*therapy"); the mark is not part of the term.
        work.IndexKeywords.AddRange(record.All("MH").Select(m => m.Replace("*", string.Empty, StringComparison.Ordinal)));
        work.Funding.AddRange(record.All("GR"));
        MedlineAuthors.Add(work, record);
        KeepExtra(work, record);
        return work;
    }

    private static string? Tagged(TaggedRecord record, string tag, string marker) =>
        record.All(tag).Where(v => v.EndsWith(marker, StringComparison.Ordinal)).Select(v => v[..^marker.Length].Trim()).FirstOrDefault();

    private static WorkKind KindOf(List<string> types)
    {
        if (types.Any(t => t.Contains("Preprint", StringComparison.OrdinalIgnoreCase)))
        {
            return WorkKind.Preprint;
        }

        return types.Any(t => t is "Review" or "Systematic Review") ? WorkKind.Review : WorkKind.JournalArticle;
    }

    private static readonly HashSet<string> Mapped = new(StringComparer.Ordinal)
    {
        "PMID", "TI", "TT", "AB", "LA", "JT", "TA", "VI", "IP", "PG", "DP", "PMC", "IS", "PT", "OT", "MH", "GR",
        "FAU", "AU", "AD", "AUID", "CN",
    };

    private static void KeepExtra(WorkRecord work, TaggedRecord record)
    {
        foreach (var group in record.Fields.Where(f => !Mapped.Contains(f.Tag) && f.Value.Length > 0).GroupBy(f => f.Tag, StringComparer.Ordinal))
        {
            work.Extra[group.Key] = string.Join("; ", group.Select(f => f.Value.Trim()));
        }
    }
}

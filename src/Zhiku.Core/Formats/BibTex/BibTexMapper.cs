using System.Globalization;
using Zhiku.Files.Tagged;
using Zhiku.Model;
using Zhiku.Text.Dates;

namespace Zhiku.Formats.BibTex;

/// <summary>Maps a BibTeX entry (generic, WoS or Scopus flavoured) onto a work.</summary>
internal static class BibTexMapper
{
    public static WorkRecord? Map(BibEntry entry, out string? problem)
    {
        problem = null;
        var f = new FieldBag(entry.Fields);
        if (f.Text("title") is not { } title)
        {
            problem = $"entry '{entry.Key}': missing title";
            return null;
        }

        var documentType = f.Text("type");
        var work = new WorkRecord
        {
            DocumentType = documentType,
            Source = f.Text("journal") ?? f.Text("booktitle"),
            SourceAbbreviation = f.Text("journal-iso") ?? f.Text("abbrev_source_title"),
            Publisher = f.Text("publisher") ?? f.Text("school") ?? f.Text("institution"),
            Volume = f.Text("volume"),
            Issue = f.Text("number"),
            Pages = f.Text("pages")?.Replace(" – ", "-", StringComparison.Ordinal).Replace("--", "-", StringComparison.Ordinal),
            Issn = f.Text("issn"),
            Language = LanguageCodes.ToIso(f.Text("language")),
            Url = f.Text("url"),
        };
        work.Kind = Enum.TryParse<WorkKind>(f.Text(BibTexKinds.KindField), out var kind) ? kind : BibTexKinds.KindOf(entry.Type, documentType);

        work.AddTitle(title);
        work.AddAbstract(f.Text("abstract"));
        foreach (var name in f.Names)
        {
            if (name.StartsWith(BibTexFields.TranslatedTitle, StringComparison.Ordinal))
            {
                work.AddTitle(f.Text(name));
            }
            else if (name.StartsWith(BibTexFields.TranslatedAbstract, StringComparison.Ordinal))
            {
                work.AddAbstract(f.Text(name));
            }
        }

        // Scopus: author_keywords are the authors', keywords the indexer's (also in an export without author keywords,
        // marked source = {Scopus}), affiliations the addresses. WoS: Keywords (DE), Keywords-Plus (ID), Affiliation (C1).
        var scopus = f.Peek("author_keywords") is { Length: > 0 } || string.Equals(f.Peek("source"), "Scopus", StringComparison.OrdinalIgnoreCase);
        AddAuthors(work, f);
        BibTexAffiliations.Apply(work, f, scopus);
        SetDate(work, f);
        SetIdentifiers(work, f);
        SetKeywords(work, f, scopus);
        work.Subjects.AddRange(ValueText.Split(f.Text("web-of-science-categories") ?? f.Text("research-areas"), ';'));
        work.Funding.AddRange(ValueText.Split(f.Text("funding-acknowledgement"), ';'));
        if (f.Raw("cited-references") is { } references)
        {
            // WoS writes one cited reference per line.
            work.References.AddRange(references.Split('\n').Select(LatexText.ToUnicode).Where(r => r.Length > 0));
        }

        work.CitedByCount = CitedBy(f);
        foreach (var (name, value) in f.Unused())
        {
            work.Extra[name] = LatexText.ToUnicode(value);
        }

        work.Extra["citekey"] = entry.Key;
        return work;
    }

    private static void AddAuthors(WorkRecord work, FieldBag f)
    {
        var names = f.Raw("author") is { } raw ? BibTexNames.Split(raw) : [];
        var fullNames = f.Raw(BibTexFields.AuthorFullNames) is { } rawFull ? BibTexNames.Split(rawFull) : [];
        for (var i = 0; i < names.Count; i++)
        {
            var full = i < fullNames.Count && fullNames[i] != "-" ? fullNames[i] : null;
            // bibliometrix keys a BibTeX author by surname and initials; the byline keeps the name as written.
            work.Authors.Add(new AuthorRecord { Name = names[i], FullName = full, ShortName = BibTexNames.ShortForm(names[i]) });
        }
    }

    private static void SetDate(WorkRecord work, FieldBag f)
    {
        work.Year = ValueText.Year(f.Text("year")) ?? ValueText.Year(f.Text("date"));
        if (f.Text("date") is { } date && ValueText.Year(date) is not null)
        {
            work.Date = date;
            return;
        }

        work.Date = work.Year?.ToString(CultureInfo.InvariantCulture);
        var month = f.Text("month")?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (work.Date is not null && month is { Length: > 0 } && MonthNames.Number(month[0]) is > 0 and var m)
        {
            work.Date += "-" + m.ToString("00", CultureInfo.InvariantCulture);
            if (month.Length > 1 && int.TryParse(month[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31)
            {
                work.Date += "-" + day.ToString("00", CultureInfo.InvariantCulture);
            }
        }
    }

    private static void SetIdentifiers(WorkRecord work, FieldBag f)
    {
        foreach (var (name, scheme) in BibTexFields.Identifiers)
        {
            var value = f.Text(name);
            if (scheme == IdSchemes.WosUt && value is not null && value.StartsWith("ISI:", StringComparison.OrdinalIgnoreCase))
            {
                value = value[4..]; // older WoS BibTeX writes "ISI:000363261600027"
            }

            work.AddIdentifier(scheme, scheme == IdSchemes.Isbn ? ValueText.Split(value, ';', ',', ' ').FirstOrDefault() : value);
        }

        foreach (var name in f.Names.Where(n => n.StartsWith(BibTexFields.IdPrefix, StringComparison.Ordinal)))
        {
            work.AddIdentifier(name[BibTexFields.IdPrefix.Length..], f.Text(name));
        }

        // Scopus BibTeX has no eid field; the record link carries it ("record.uri?eid=2-s2.0-85083087417&…").
        if (!work.Identifiers.ContainsKey(IdSchemes.ScopusEid) && work.Url is { } url && url.Contains("scopus.com", StringComparison.OrdinalIgnoreCase))
        {
            var at = url.IndexOf("eid=", StringComparison.Ordinal);
            if (at >= 0)
            {
                var end = url.IndexOf('&', at);
                work.AddIdentifier(IdSchemes.ScopusEid, end < 0 ? url[(at + 4)..] : url[(at + 4)..end]);
            }
        }
    }

    private static void SetKeywords(WorkRecord work, FieldBag f, bool scopus)
    {
        if (scopus)
        {
            work.AuthorKeywords.AddRange(Split(f.Text("author_keywords")));
            work.IndexKeywords.AddRange(Split(f.Text("keywords")));
        }
        else
        {
            work.AuthorKeywords.AddRange(Split(f.Text("keywords")));
        }

        work.IndexKeywords.AddRange(Split(f.Text("keywords-plus")));
    }

    private static int? CitedBy(FieldBag f)
    {
        var text = f.Text("times-cited");
        // Scopus writes the count as note = {Cited by: 52}, often followed by more ("Cited by: 3; All Open Access, …");
        // other notes stay in Extra.
        if (text is null && f.Peek("note") is { } note && note.StartsWith("Cited by:", StringComparison.OrdinalIgnoreCase))
        {
            text = f.Text("note")![9..].Split(';')[0].Trim();
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;
    }

    // Keywords are ';'-separated in WoS and Scopus, ','-separated in hand-written BibTeX.
    private static List<string> Split(string? value) =>
        value is not null && value.Contains(';', StringComparison.Ordinal) ? ValueText.Split(value, ';') : ValueText.Split(value, ',');
}

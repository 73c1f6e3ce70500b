using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Zhiku.Model;
using Zhiku.Storage;

namespace Zhiku.Search.Indexing;

/// <summary>Turns a stored work into its index document.</summary>
internal static class WorkDocumentBuilder
{
    /// <summary>
    /// The version of the documents' layout. Raise it whenever the fields change: an index written with another
    /// layout is rebuilt from the store when it is opened (2: suggestion terms; 3: Traditional Chinese folded to
    /// Simplified in every Chinese field and facet, title words with stop words; 4: the clc facet; 5: registry
    /// organisations linked to the work in the org field and facet; 6, s7-search: Chinese title phrases among the
    /// suggestion terms).
    /// </summary>
    public const int Layout = 6;

    /// <summary>
    /// The longest value indexed as one exact term (identifiers, language): far above any real identifier and far below
    /// Lucene's 32,766-byte term limit; a longer value is junk from a broken file and stays only in the store.
    /// </summary>
    private const int MaxExactValue = 1000;

    public static Document Build(IndexedWork indexed)
    {
        var work = indexed.Record;
        var doc = new Document
        {
            new StringField(SearchFields.Id, indexed.PublicId, Field.Store.YES),
            new StringField(SearchFields.Owner, indexed.OwnerOrg.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField(SearchFields.Access, AccessLevels.Name(indexed.Access), Field.Store.YES),
        };

        var kind = WorkKinds.Name(work.Kind);
        doc.Add(new StringField(SearchFields.Kind, kind, Field.Store.YES));
        Facet(doc, "kind", kind);

        var lang = work.Language ?? work.Titles.FirstOrDefault()?.Lang;
        if (!string.IsNullOrEmpty(lang) && lang.Length <= MaxExactValue)
        {
            doc.Add(new StringField(SearchFields.Lang, lang, Field.Store.YES));
            Facet(doc, "lang", lang);
        }

        if (work.Year is { } year)
        {
            doc.Add(new Int32Field(SearchFields.Year, year, Field.Store.YES));
            Facet(doc, "year", year.ToString(CultureInfo.InvariantCulture));
        }

        doc.Add(new NumericDocValuesField(SearchFields.DateSort, DateKey(work)));
        doc.Add(new NumericDocValuesField(SearchFields.CitesSort, work.CitedByCount ?? 0));

        foreach (var title in work.Titles)
        {
            Text(doc, SearchFields.Title, title.Text, store: true);
            doc.Add(new TextField(SearchFields.TitleWords, title.Text, Field.Store.NO));
        }

        foreach (var text in work.Abstracts)
        {
            Text(doc, SearchFields.Abstract, text.Text, store: true);
        }

        if (!string.IsNullOrEmpty(work.FullText))
        {
            doc.Add(new StoredField(SearchFields.FullText, work.FullText));
        }

        foreach (var author in work.Authors)
        {
            Text(doc, SearchFields.Author, author.FullName is { Length: > 0 } full && full != author.Name ? $"{author.Name} {full}" : author.Name, store: false);
            doc.Add(new StoredField("author_display", author.Name));
        }

        if (!string.IsNullOrEmpty(work.Source))
        {
            Text(doc, SearchFields.Source, work.Source, store: true);
            Facet(doc, "source", work.Source);
        }

        foreach (var keyword in work.AuthorKeywords.Concat(work.IndexKeywords).Concat(work.MachineKeywords).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            Text(doc, SearchFields.Keyword, keyword, store: false);
            Facet(doc, "keyword", keyword.ToLowerInvariant());
        }

        var orgs = OrganisationNames.Of(work);
        foreach (var org in orgs)
        {
            Text(doc, SearchFields.Org, org, store: false);
            Facet(doc, "org", org);
        }

        // A registry organisation linked to the work (by its publisher, source or an affiliation) under its registry name.
        foreach (var org in (indexed.Organisations ?? []).Where(o => !orgs.Contains(o, StringComparer.OrdinalIgnoreCase)))
        {
            Text(doc, SearchFields.Org, org, store: false);
            Facet(doc, "org", org);
        }

        foreach (var label in work.Classifications.Where(c => c.Scheme == Classification.Clc)
            .Select(c => ClcClasses.TopLabel(c.Code)).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            Facet(doc, "clc", label);
        }

        Text(doc, SearchFields.Text, Body(work), store: false);

        foreach (var value in work.Identifiers.Values.Where(v => v.Length <= MaxExactValue))
        {
            doc.Add(new StringField(SearchFields.Identifier, value.ToLowerInvariant(), Field.Store.NO));
        }

        Suggesting.SuggestTerms.Add(doc, work);
        return doc;
    }

    /// <summary>The document of a work the index refused in full: enough to count it, filter it by access and find it by id.</summary>
    public static Document Minimal(IndexedWork indexed)
    {
        var title = indexed.Record.Titles.FirstOrDefault()?.Text ?? string.Empty;
        return
        [
            new StringField(SearchFields.Id, indexed.PublicId, Field.Store.YES),
            new StringField(SearchFields.Owner, indexed.OwnerOrg.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField(SearchFields.Access, AccessLevels.Name(indexed.Access), Field.Store.YES),
            new StringField(SearchFields.Kind, WorkKinds.Name(indexed.Record.Kind), Field.Store.YES),
            new StoredField(SearchFields.Title, title.Length > MaxExactValue ? title[..MaxExactValue] : title),
            new NumericDocValuesField(SearchFields.DateSort, DateKey(indexed.Record)),
            new NumericDocValuesField(SearchFields.CitesSort, indexed.Record.CitedByCount ?? 0),
        ];
    }

    // Everything but title and keywords, one value per line (an offset gap keeps phrases from spanning parts).
    private static string Body(WorkRecord work)
    {
        var parts = work.Abstracts.Select(a => a.Text)
            .Concat(work.Authors.Select(a => a.FullName is { Length: > 0 } full && full != a.Name ? $"{a.Name} {full}" : a.Name))
            .Concat(OrganisationNames.Of(work));
        if (!string.IsNullOrEmpty(work.Source))
        {
            parts = parts.Append(work.Source);
        }

        if (!string.IsNullOrEmpty(work.FullText))
        {
            parts = parts.Append(work.FullText);
        }

        return string.Join('\n', parts);
    }

    private static void Text(Document doc, string field, string value, bool store)
    {
        if (value.Length == 0)
        {
            return;
        }

        doc.Add(new TextField(field, value, store ? Field.Store.YES : Field.Store.NO));
        if (value.Any(LanguageGuess.IsCjk))
        {
            doc.Add(new TextField(SearchFields.Cjk(field), value, Field.Store.NO));
        }
    }

    private static void Facet(Document doc, string facet, string value)
    {
        var trimmed = SearchFields.FacetKey(facet, value.Trim());
        if (trimmed.Length is > 0 and <= 300)
        {
            doc.Add(new SortedSetDocValuesField(SearchFields.Facet(facet), new BytesRef(trimmed)));
            doc.Add(new StringField(SearchFields.FacetValue(facet), trimmed, Field.Store.NO));
        }
    }

    // yyyymmdd as a number, from the ISO date or the year, for sorting by date.
    private static long DateKey(WorkRecord work)
    {
        if (work.Date is { Length: >= 4 } date && int.TryParse(date.AsSpan(0, 4), CultureInfo.InvariantCulture, out var y))
        {
            var month = date.Length >= 7 && int.TryParse(date.AsSpan(5, 2), CultureInfo.InvariantCulture, out var m) ? m : 0;
            var day = date.Length >= 10 && int.TryParse(date.AsSpan(8, 2), CultureInfo.InvariantCulture, out var d) ? d : 0;
            return (y * 10000L) + (month * 100) + day;
        }

        return (work.Year ?? 0) * 10000L;
    }
}

using Zhiku.Knowledge;

namespace Zhiku.Cli.Commands;

/// <summary>The text of <c>zhiku show</c>: a work, its identifiers, authors, sources and the provenance of every field.</summary>
internal static class ShowView
{
    public static void Write(TextWriter o, WorkDetails details)
    {
        var w = details.Work;
        o.WriteLine($"{details.Id}  {w.MainTitle}");
        foreach (var title in w.Titles.Skip(1))
        {
            o.WriteLine($"    {title.Text} [{title.Lang}]");
        }

        o.WriteLine($"kind {Search.WorkKinds.Name(w.Kind)}; year {w.Year}; language {w.Language}; owner {details.Owner}; access {details.Access}");
        if (w.Source is not null)
        {
            o.WriteLine($"source {w.Source} {w.Volume} {w.Issue} {w.Pages}".TrimEnd());
        }

        foreach (var a in details.Authorships)
        {
            var own = a.Position <= w.Authors.Count ? w.Authors[a.Position - 1].Affiliations : [];
            o.WriteLine($"  author {a.Position}: {a.Name}{(a.PersonId is null ? string.Empty : $" ({a.PersonId})")}{(own.Count > 0 ? " — " + string.Join("; ", own) : string.Empty)}");
        }

        foreach (var affiliation in w.Affiliations.Count > 0 ? w.Affiliations : w.Organisations)
        {
            o.WriteLine($"  affiliation: {affiliation}");
        }

        foreach (var c in w.Classifications)
        {
            var top = c.Scheme == Model.Classification.Clc ? Model.ClcClasses.TopLabel(c.Code) : null;
            o.WriteLine($"  {c.Scheme}: {c.Code}{(top is null ? string.Empty : $" ({top})")}");
        }

        foreach (var (scheme, value) in w.Identifiers)
        {
            o.WriteLine($"  {scheme}: {value}");
        }

        if (w.AuthorKeywords.Count + w.IndexKeywords.Count > 0)
        {
            o.WriteLine($"keywords: {string.Join("; ", w.AuthorKeywords.Concat(w.IndexKeywords))}");
        }

        foreach (var field in details.Enrichments.GroupBy(e => e.Field))
        {
            // Marked as machine-made: these are proposals of a model, not values of the source.
            o.WriteLine($"{field.Key} (machine-made): {string.Join("; ", field.Select(e => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{e.Value} [{e.Confidence:0.00} {e.State}]")))}");
        }

        if (w.Abstracts.Count > 0)
        {
            o.WriteLine($"abstract: {w.Abstracts[0].Text}");
        }

        o.WriteLine("sources:");
        foreach (var s in details.Sources)
        {
            o.WriteLine($"  #{s.SourceId} {s.File} ({s.Format}) record {s.Record}, line {s.Line}, batch {s.Batch}");
        }

        o.WriteLine("provenance:");
        foreach (var (field, p) in details.Provenance)
        {
            o.WriteLine($"  {field,-24} {p.File} record {p.Record} ({p.Format})");
        }
    }
}

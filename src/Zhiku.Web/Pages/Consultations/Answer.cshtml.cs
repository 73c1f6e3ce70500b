using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Consultation;
using Zhiku.Consultations;
using Zhiku.Knowledge;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Pages.Consultations;

/// <summary>
/// A panellist answers the current round (<c>/consultations/{id}/answer</c>): Likert points as radios, an estimate
/// with its confidence, a ranking as a position per option (no dragging), a pairwise scale per pair, a comment; from
/// round 2 each item shows the previous round's median and quartiles, the expert's own answer and the comments without
/// names, and a revision needs a reason. Answers that do not fit are named per item; the others are saved.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class AnswerModel(KnowledgeBase kb, Texts texts) : PageModel
{
    /// <summary>Saaty's scale as the pairwise selects offer it, strongest for the first option first.</summary>
    public static readonly string[] Saaty = ["9", "8", "7", "6", "5", "4", "3", "2", "1", "1/2", "1/3", "1/4", "1/5", "1/6", "1/7", "1/8", "1/9"];

    public ExpertRound Round { get; private set; } = null!;

    /// <summary>The problems of each item (by number) in the reader's language.</summary>
    public Dictionary<int, List<string>> Problems { get; } = [];

    /// <summary>How many answers the last submission saved (shown after the redirect).</summary>
    public int? Saved { get; private set; }

    /// <summary>Why the whole submission was refused (the round closed meanwhile), in the reader's language.</summary>
    public string? Refused { get; private set; }

    /// <summary>Whether the form shows what was posted (after problems) rather than the stored answers.</summary>
    public bool FromPost { get; private set; }

    public IActionResult OnGet(long id, int? saved)
    {
        Saved = saved;
        return Load(id) ? Page() : NotFound();
    }

    public IActionResult OnPost(long id)
    {
        if (!Load(id))
        {
            return NotFound();
        }

        var inputs = Round.Items.Select(i => Input(i.Item)).Where(a => a is not null).Select(a => a!).ToList();
        try
        {
            var result = new ConsultationService(kb).Submit(ConsultationPage.Actor(HttpContext, User)!, id, inputs);
            foreach (var p in result.Problems)
            {
                (Problems.TryGetValue(p.Item, out var list) ? list : Problems[p.Item] = []).Add(ConsultationTexts.Explain(texts, p.Code, p.Args));
            }

            if (Problems.Count == 0)
            {
                return Redirect($"/consultations/{id}/answer?saved={result.Saved}");
            }

            Saved = result.Saved;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (ConsultationException e) when (e.Code != "not-found")
        {
            Refused = ConsultationPage.Explain(texts, e);
            Response.StatusCode = ConsultationTexts.Status(e.Code);
        }

        FromPost = true;
        Load(id);
        return Page();
    }

    /// <summary>A field's value: what was posted after a refusal, else the round's stored answer, else the previous round's.</summary>
    public string? Value(ExpertItem e, string field)
    {
        if (FromPost)
        {
            return Request.Form.TryGetValue(field, out var posted) ? posted.ToString() : null;
        }

        var answer = e.Answer ?? e.Feedback?.Mine;
        var n = e.Item.N.ToString(CultureInfo.InvariantCulture);
        if (answer is null)
        {
            return null;
        }

        if (field == "v" + n)
        {
            return answer.Value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : null;
        }

        if (field == "c" + n)
        {
            return answer.Confidence is { } c ? c.ToString("R", CultureInfo.InvariantCulture) : null;
        }

        if (field == "m" + n)
        {
            return e.Answer?.Comment;
        }

        if (field == "r" + n)
        {
            return e.Answer?.Reason;
        }

        if (field.StartsWith("o" + n + "_", StringComparison.Ordinal) && answer.Order is { } order)
        {
            var option = int.Parse(field[(n.Length + 2)..], CultureInfo.InvariantCulture);
            var at = order.ToList().IndexOf(option);
            return at < 0 ? null : (at + 1).ToString(CultureInfo.InvariantCulture);
        }

        if (field.StartsWith("p" + n + "_", StringComparison.Ordinal) && answer.Judgements is { } judgements)
        {
            var k = int.Parse(field[(n.Length + 2)..], CultureInfo.InvariantCulture);
            return k < judgements.Count ? Saaty.FirstOrDefault(s => Math.Abs(Judgement(s)!.Value - judgements[k]) < 1e-9) : null;
        }

        return null;
    }

    /// <summary>An answer as the reader reads it again (a point, an estimate, an order of options, judgements).</summary>
    public string Show(ConsultationItem item, AnswerView? answer)
    {
        if (answer is null)
        {
            return texts["consultpage.answer.none"];
        }

        return item.Kind switch
        {
            ConsultationTerms.Ranking when answer.Order is { } o => string.Join(" > ", o.Select(i => item.Settings.Options.ElementAtOrDefault(i - 1) ?? "?")),
            ConsultationTerms.Pairwise when answer.Judgements is { } j => string.Join("，", j.Select(v => ConsultationPage.Number(v))),
            ConsultationTerms.Comment => answer.Comment ?? "",
            _ => ConsultationPage.Number(answer.Value) + (answer.Confidence is { } c ? "（" + texts.Format("consultpage.confidence.of", ConsultationPage.Number(c)) + "）" : ""),
        };
    }

    /// <summary>The pairs of a pairwise item, in the order the judgements are kept (i before j, row by row).</summary>
    public static IEnumerable<(int K, string First, string Second)> Pairs(ConsultationItem item)
    {
        var options = item.Settings.Options;
        var k = 0;
        for (var i = 0; i < options.Count; i++)
        {
            for (var j = i + 1; j < options.Count; j++)
            {
                yield return (k++, options[i], options[j]);
            }
        }
    }

    private bool Load(long id)
    {
        if (ConsultationPage.Actor(HttpContext, User) is not { } actor)
        {
            return false;
        }

        try
        {
            Round = new ConsultationService(kb).Round(actor, id);
            return true;
        }
        catch (ConsultationException)
        {
            return false;
        }
    }

    // The answer the form holds for an item, or null when the expert left it empty.
    private AnswerInput? Input(ConsultationItem item)
    {
        var n = item.N.ToString(CultureInfo.InvariantCulture);
        var comment = Form("m" + n);
        var reason = Form("r" + n);
        switch (item.Kind)
        {
            case ConsultationTerms.Likert or ConsultationTerms.Numeric:
                var raw = Form("v" + n);
                if (raw is null)
                {
                    return null;
                }

                var value = double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;
                var confidence = Form("c" + n) is { } c && double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out var cv) ? cv : (double?)null;
                return new AnswerInput(item.N, value, item.Kind == ConsultationTerms.Numeric ? confidence : null, null, null, comment, reason);
            case ConsultationTerms.Ranking:
                var count = item.Settings.Options.Count;
                var positions = Enumerable.Range(1, count)
                    .Select(o => (Option: o, At: int.TryParse(Form($"o{n}_{o}"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0)).ToList();
                if (positions.All(p => p.At == 0))
                {
                    return null;
                }

                // The order by position; a position given twice or not at all leaves the order short, which the check names.
                var order = Enumerable.Range(1, count).Select(at => positions.Where(p => p.At == at).Select(p => p.Option).ToList())
                    .Where(g => g.Count == 1).Select(g => g[0]).ToList();
                return new AnswerInput(item.N, null, null, order, null, comment, reason);
            case ConsultationTerms.Pairwise:
                var judgements = Pairs(item).Select(p => Judgement(Form($"p{n}_{p.K}"))).ToList();
                if (judgements.All(j => j is null))
                {
                    return null;
                }

                return new AnswerInput(item.N, null, null, null, [.. judgements.Where(j => j is not null).Select(j => j!.Value)], comment, reason);
            default:
                return comment is null ? null : new AnswerInput(item.N, null, null, null, null, comment, null);
        }
    }

    private string? Form(string field) =>
        Request.Form.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value.ToString()) ? value.ToString().Trim() : null;

    // A judgement as the select posts it: a whole number or a fraction 1/k.
    private static double? Judgement(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash < 0
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null
            : double.TryParse(text[(slash + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d != 0 ? 1 / d : null;
    }
}

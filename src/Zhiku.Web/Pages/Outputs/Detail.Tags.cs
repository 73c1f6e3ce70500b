using Microsoft.AspNetCore.Mvc;
using Zhiku.Model;
using Zhiku.Outputs;
using Zhiku.Web.Accounts;

namespace Zhiku.Web.Pages.Outputs;

/// <summary>The output page's tag editor: the terms of the classification standard to choose from and the tags' history.</summary>
internal sealed partial class DetailModel
{
    /// <summary>The terms an editor may choose: those in force, and retired ones the output keeps.</summary>
    public IReadOnlyList<ClassificationTerm> Choices { get; private set; } = [];

    /// <summary>The versions of the output's tags, oldest first (empty before the first edit).</summary>
    public IReadOnlyList<OutputTagVersion> TagHistory { get; private set; } = [];

    /// <summary>Why the tags were refused, in the reader's language.</summary>
    public string? TagsRefused { get; private set; }

    /// <summary>The output's tags, named in the reader's language, for a version of the history.</summary>
    public string TagNames(IReadOnlyList<string> codes, string language)
    {
        var names = Choices.Concat(Terms).DistinctBy(t => t.Code).ToDictionary(t => t.Code, t => t.Name(language), StringComparer.Ordinal);
        return string.Join(language == "en" ? ", " : "、", codes.Select(c => names.GetValueOrDefault(c, c)));
    }

    public IActionResult OnPostTags(string id, string[]? tags)
    {
        if (!Load(id))
        {
            return NotFound();
        }

        if (!MayRecord)
        {
            TagsRefused = texts["output.refusal.NotYours"];
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        try
        {
            kb.SetOutputTags(HttpContext.Caller(), id, tags ?? [], User.Identity?.Name ?? "web");
            return Redirect($"/outputs/{Output.Id}#tags");
        }
        catch (OutputEventException e) when (e.Refusal == OutputEventRefusal.UnknownOutput)
        {
            return NotFound();
        }
        catch (OutputEventException e)
        {
            TagsRefused = texts.Format("output.refusal." + e.Refusal, e.Field, e.Value ?? id);
            Response.StatusCode = e.Refusal == OutputEventRefusal.NotYours ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    private void LoadTags()
    {
        var read = kb.Read(HttpContext.Caller());
        TagHistory = read.OutputHistory(Output.Id) ?? [];
        if (MayRecord)
        {
            Choices = [.. read.Classification().Where(t => !t.Retired || Output.Tags.Contains(t.Code))];
        }
    }
}

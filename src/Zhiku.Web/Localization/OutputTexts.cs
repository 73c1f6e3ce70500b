namespace Zhiku.Web.Localization;

/// <summary>The words of outputs and their conversion (issue 13): stages and why an event is refused ({0} field, {1} value, {2} earlier stage, {3} its date).</summary>
internal static class OutputTexts
{
    public static readonly IReadOnlyDictionary<string, string> Zh = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["output.stage.submitted"] = "报送",
        ["output.stage.instructed"] = "批示",
        ["output.stage.adopted"] = "采纳",
        ["output.stage.implemented"] = "落实",
        ["output.refusal.UnknownOutput"] = "没有这一成果。",
        ["output.refusal.NotYours"] = "只有成果所属机构的成员可以记录它的转化。",
        ["output.refusal.UnknownStage"] = "参数 {0} 的值“{1}”不可用：请用 submitted、instructed、adopted、implemented（报送、批示、采纳、落实）之一。",
        ["output.refusal.BadDate"] = "参数 {0} 的值“{1}”不是日期（请写作 2024-03-15）。",
        ["output.refusal.BadValue"] = "参数 {0} 的值“{1}”不可用。",
        ["output.refusal.NotSubmitted"] = "成果尚未报送：请先记录报送。",
        ["output.refusal.DateBeforePrevious"] = "日期 {1} 早于此前的{2}（{3}）。",
        ["output.refusal.UnknownDocument"] = "落实文件“{1}”不是您可见的作品（请给出政策文件的编号，如 W42）。",
        ["output.refusal.AlreadyRecorded"] = "该成果在 {1} 已有这一环节的记录。",
    };

    public static readonly IReadOnlyDictionary<string, string> En = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["output.stage.submitted"] = "submitted",
        ["output.stage.instructed"] = "instructed",
        ["output.stage.adopted"] = "adopted",
        ["output.stage.implemented"] = "implemented",
        ["output.refusal.UnknownOutput"] = "There is no such output.",
        ["output.refusal.NotYours"] = "Only members of the organisation that owns an output record its conversion.",
        ["output.refusal.UnknownStage"] = "{0}: '{1}' is not a stage (use submitted, instructed, adopted or implemented)",
        ["output.refusal.BadDate"] = "{0}: '{1}' is not a day (write it as 2024-03-15)",
        ["output.refusal.BadValue"] = "{0}: '{1}' is not allowed",
        ["output.refusal.NotSubmitted"] = "The output was never submitted: record its submission first.",
        ["output.refusal.DateBeforePrevious"] = "The date {1} is before the earlier stage {2} ({3}).",
        ["output.refusal.UnknownDocument"] = "implementedBy: '{1}' is no work you can see (give the id of the policy document, such as W42)",
        ["output.refusal.AlreadyRecorded"] = "The output has this stage on {1} already.",
    };
}

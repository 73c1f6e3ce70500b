namespace Zhiku.Web.Localization;

/// <summary>The words of editing an output's classification tags (issue 12): why a tag is refused ({0} field, {1} the tag) and the output page's form.</summary>
internal static class OutputTagTexts
{
    public static readonly IReadOnlyDictionary<string, string> Zh = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["output.refusal.UnknownTag"] = "标签“{1}”不是案例分类标准中的术语（请给出术语代码，如 instrument.pilot，或其中文、英文名称）。",
        ["output.refusal.RetiredTag"] = "标签“{1}”已从案例分类标准中停用，不能再标注新的成果。",
        ["outputtags.heading"] = "分类标签",
        ["outputtags.hint"] = "按住 Ctrl（Mac 上为 ⌘）可多选；不选即清除标签。",
        ["outputtags.save"] = "保存标签",
        ["outputtags.history"] = "标签修改记录",
        ["outputtags.version"] = "第 {0} 版 · {1} · {2}：{3}",
        ["outputtags.import"] = "导入",
        ["outputtags.none"] = "无标签",
    };

    public static readonly IReadOnlyDictionary<string, string> En = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["output.refusal.UnknownTag"] = "tags: '{1}' is no term of the case classification standard (give its code such as instrument.pilot, or its Chinese or English name)",
        ["output.refusal.RetiredTag"] = "tags: '{1}' is retired from the case classification standard and tags no new output",
        ["outputtags.heading"] = "Classification tags",
        ["outputtags.hint"] = "Hold Ctrl (⌘ on a Mac) to choose several; choose none to clear the tags.",
        ["outputtags.save"] = "Save tags",
        ["outputtags.history"] = "Changes to the tags",
        ["outputtags.version"] = "Version {0} · {1} · {2}: {3}",
        ["outputtags.import"] = "import",
        ["outputtags.none"] = "no tags",
    };
}

namespace Zhiku.Text.Pinyin;

/// <summary>
/// How Chinese surnames are read where the character's common reading is another: 单 is Shan as a surname, not Dan;
/// 曾 Zeng, not Ceng. Also the compound surnames (欧阳 Ouyang), so that 欧阳明 is family 欧阳 and given 明.
/// A short list written for Zhiku: the polyphonic surnames met in author lists, not an exhaustive register.
/// </summary>
internal static class SurnameReadings
{
    // 单=shan: the character, then its reading as a surname.
    private static readonly Dictionary<string, string> Single = Read(
        "单=shan 曾=zeng 区=ou 解=xie 仇=qiu 朴=piao 查=zha 盖=ge 缪=miao 翟=zhai 覃=qin 召=shao 乐=yue 秘=bi 折=she " +
        "种=chong 员=yun 宿=su 能=nai 尉=wei 繁=po 句=gou 阚=kan 藏=zang 长=chang 重=chong 薄=bo 郇=xun 隗=wei 洗=xian");

    private static readonly Dictionary<string, string> Compound = Read(
        "欧阳=ouyang 司马=sima 诸葛=zhuge 上官=shangguan 东方=dongfang 皇甫=huangfu 尉迟=yuchi 公孙=gongsun 慕容=murong " +
        "令狐=linghu 夏侯=xiahou 长孙=zhangsun 宇文=yuwen 司徒=situ 端木=duanmu 澹台=tantai 万俟=moqi 轩辕=xuanyuan 西门=ximen " +
        "南宫=nangong 闻人=wenren 申屠=shentu 呼延=huyan 赫连=helian 钟离=zhongli 太史=taishi 独孤=dugu 司空=sikong 百里=baili " +
        "东郭=dongguo");

    private static readonly HashSet<string> CompoundSpellings = [.. Compound.Values];

    /// <summary>The surname reading of <paramref name="c"/> when it differs from the character's common one, else null.</summary>
    public static string? Of(char c) => Single.GetValueOrDefault(c.ToString());

    /// <summary>The reading of the compound surname <paramref name="family"/> (two simplified characters), else null.</summary>
    public static string? OfCompound(string family) => Compound.GetValueOrDefault(family);

    /// <summary>Whether <paramref name="spelling"/> (folded) is a compound surname in pinyin ("ouyang").</summary>
    public static bool IsCompoundSpelling(string spelling) => CompoundSpellings.Contains(spelling);

    // "单=shan 曾=zeng ..." into a table; written as text to keep the list short to read.
    private static Dictionary<string, string> Read(string pairs) =>
        pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}

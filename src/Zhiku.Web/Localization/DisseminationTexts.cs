namespace Zhiku.Web.Localization;

/// <summary>The words of the OAI-PMH provider (errors, set names) and the public Atom feeds in both languages.</summary>
internal static class DisseminationTexts
{
    public static readonly IReadOnlyDictionary<string, string> Zh = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["oai.badVerb.missing"] = "缺少 verb 参数：请给出 Identify、ListMetadataFormats、ListSets、GetRecord、ListIdentifiers 或 ListRecords",
        ["oai.badVerb.repeated"] = "verb 参数只能给出一次",
        ["oai.badVerb.unknown"] = "verb：“{0}”不是 OAI-PMH 的请求（Identify、ListMetadataFormats、ListSets、GetRecord、ListIdentifiers、ListRecords）",
        ["oai.badArgument.unknown"] = "参数 {0} 不能用于 {1} 请求",
        ["oai.badArgument.repeated"] = "参数 {0} 只能给出一次",
        ["oai.badArgument.missing"] = "缺少必需的参数 {0}",
        ["oai.badArgument.exclusive"] = "resumptionToken 只能与 verb 一起使用，不能再带其他参数",
        ["oai.badArgument.prefix"] = "metadataPrefix：“{0}”含有元数据格式前缀不允许的字符",
        ["oai.badArgument.set"] = "set：“{0}”不是合法的集合标识（如 kind:policy-document 或 org:12）",
        ["oai.badArgument.date"] = "{0}：“{1}”不是 UTC 日期（YYYY-MM-DD 或 YYYY-MM-DDThh:mm:ssZ）",
        ["oai.badArgument.granularity"] = "from 与 until 的时间粒度必须相同（都到日，或都到秒）",
        ["oai.badArgument.range"] = "from（{0}）晚于 until（{1}）",
        ["oai.badResumptionToken"] = "resumptionToken：“{0}”无效、已被改动，或不属于这个请求",
        ["oai.cannotDisseminateFormat"] = "metadataPrefix：不提供元数据格式“{0}”（可用：oai_dc、zhiku）",
        ["oai.idDoesNotExist"] = "identifier：没有公开记录“{0}”",
        ["oai.noRecordsMatch"] = "没有符合条件的公开记录",
        ["oai.set.kind"] = "按成果类型",
        ["oai.set.org"] = "按所属机构",
        ["feeds.outputs.title"] = "智库 · 最新公开成果",
        ["feeds.search.title"] = "智库 · 公开检索：{0}",
        ["feeds.author"] = "智库平台",
        ["feeds.problem.query"] = "q：请给出检索式",
    };

    public static readonly IReadOnlyDictionary<string, string> En = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["oai.badVerb.missing"] = "the verb argument is missing: give Identify, ListMetadataFormats, ListSets, GetRecord, ListIdentifiers or ListRecords",
        ["oai.badVerb.repeated"] = "the verb argument may be given only once",
        ["oai.badVerb.unknown"] = "verb: \"{0}\" is not an OAI-PMH request (Identify, ListMetadataFormats, ListSets, GetRecord, ListIdentifiers, ListRecords)",
        ["oai.badArgument.unknown"] = "the argument {0} is not allowed with {1}",
        ["oai.badArgument.repeated"] = "the argument {0} may be given only once",
        ["oai.badArgument.missing"] = "the required argument {0} is missing",
        ["oai.badArgument.exclusive"] = "resumptionToken goes with verb alone, without other arguments",
        ["oai.badArgument.prefix"] = "metadataPrefix: \"{0}\" has characters a metadata prefix may not have",
        ["oai.badArgument.set"] = "set: \"{0}\" is not a set spec (such as kind:policy-document or org:12)",
        ["oai.badArgument.date"] = "{0}: \"{1}\" is not a UTC date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)",
        ["oai.badArgument.granularity"] = "from and until must have the same granularity (both days or both seconds)",
        ["oai.badArgument.range"] = "from ({0}) is later than until ({1})",
        ["oai.badResumptionToken"] = "resumptionToken: \"{0}\" is invalid, was altered, or belongs to another request",
        ["oai.cannotDisseminateFormat"] = "metadataPrefix: the format \"{0}\" is not disseminated (available: oai_dc, zhiku)",
        ["oai.idDoesNotExist"] = "identifier: there is no public record \"{0}\"",
        ["oai.noRecordsMatch"] = "no public record matches",
        ["oai.set.kind"] = "By kind of output",
        ["oai.set.org"] = "By owning organisation",
        ["feeds.outputs.title"] = "Zhiku · new public outputs",
        ["feeds.search.title"] = "Zhiku · public search: {0}",
        ["feeds.author"] = "Zhiku platform",
        ["feeds.problem.query"] = "q: give a search query",
    };
}

namespace Zhiku.Web.Localization;

/// <summary>
/// The API reference page in Chinese. The page renders the app's own OpenAPI document, which stays English (clients and
/// tools read it); this table gives the Chinese of each text the page shows from it (group names, summaries,
/// descriptions, parameter texts and types, responses), keyed by the English text itself, so that a changed or new
/// English text without its Chinese is found by ApiReferenceTextsTests rather than shown in English to a zh reader.
/// </summary>
internal static class ApiReferenceTexts
{
    public static readonly IReadOnlyDictionary<string, string> Zh = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Search"] = "检索",
        // ---- s11-eweb: the review queue of machine-made enrichments ----
        ["Enrichments"] = "机器生成值",
        ["Machine-made enrichments of the works you may see, most confident first, with their model, confidence and review state"] = "您可查看的作品的机器生成值（如关键词），按置信度从高到低，附模型、置信度与审核状态",
        ["Accept an enrichment: it counts in search, facets and analyses from now on"] = "采纳一条机器生成值：此后计入检索、分面与分析",
        ["Reject an enrichment: it does not count and the same model version does not propose it again"] = "拒绝一条机器生成值：不再计入，同一模型版本也不再提出",
        ["Accept the proposals above a confidence and reject those below another, among those a filter finds (JSON body {\"field\": \"keywords\", \"q\": \"kind:policy-document\", \"acceptAbove\": 0.8, \"rejectBelow\": 0.2})"] =
            "在筛选出的待审核值中，批量采纳置信度高于某值者、拒绝低于另一值者（JSON 请求体 {\"field\": \"keywords\", \"q\": \"kind:policy-document\", \"acceptAbove\": 0.8, \"rejectBelow\": 0.2}）",
        ["The enrichment's id."] = "机器生成值的编号。",
        ["Only this enriched field, e.g. keywords."] = "只列出该字段的机器生成值，如 keywords（关键词）。",
        ["Only this review state: proposed, accepted or rejected."] = "只列出该审核状态：proposed（待审核）、accepted（已采纳）或 rejected（已拒绝）。",
        ["Only the enrichments of this model, e.g. zhiku-keywords."] = "只列出该模型生成的值，如 zhiku-keywords。",
        ["Only enrichments at least this confident, 0-1."] = "置信度下限，0–1（含）。",
        ["Only enrichments at most this confident, 0-1."] = "置信度上限，0–1（含）。",
        ["Only the enrichments of the works this search query finds."] = "只列出该检索式所检出作品的机器生成值。",
        ["How many matching enrichments to skip (default 0)."] = "跳过的匹配条数（默认 0）。",
        ["How many enrichments, 1-1000 (default 50)."] = "返回条数，1–1000（默认 50）。",
        // ---- end of s11-eweb ----
        // ---- s10-life: influence traces of an output ----
        ["The influence traces of an output: later policy documents you may see that refer to it or reuse its text, with the passages side by side and their similarity; rejected ones are left out"] = "成果的影响追踪：此后发布、您可查看的政策文件中引用或复用其文字之处，附对照段落及相似度；已排除的不再列出",
        ["Confirm a trace: record the policy document as the output's implementation (落实), dated by the document"] = "确认追踪结果：将该政策文件记为成果的落实，日期取文件的成文日期",
        ["Reject a trace: the policy document is not proposed for the output again"] = "排除追踪结果：该政策文件不再作为本成果的落实提示",
        // ---- s9-attach: attachments of registry records ----
        ["Attach a file (PDF, DOCX or HTML, multipart field 'file') to a person; its text is searched with the record"] = "为人员添加附件（PDF、DOCX 或 HTML，multipart 字段 file）；其文字随记录一同检索",
        ["The files attached to a person"] = "人员的附件列表",
        ["Download a file attached to a person"] = "下载人员的附件",
        ["Remove a file attached to a person"] = "删除人员的附件",
        ["Attach a file (PDF, DOCX or HTML, multipart field 'file') to a organisation; its text is searched with the record"] = "为机构添加附件（PDF、DOCX 或 HTML，multipart 字段 file）；其文字随记录一同检索",
        ["The files attached to a organisation"] = "机构的附件列表",
        ["Download a file attached to a organisation"] = "下载机构的附件",
        ["Remove a file attached to a organisation"] = "删除机构的附件",
        ["Attach a file (PDF, DOCX or HTML, multipart field 'file') to a project; its text is searched with the record"] = "为项目添加附件（PDF、DOCX 或 HTML，multipart 字段 file）；其文字随记录一同检索",
        ["The files attached to a project"] = "项目的附件列表",
        ["Download a file attached to a project"] = "下载项目的附件",
        ["Remove a file attached to a project"] = "删除项目的附件",
        ["Attach a file (PDF, DOCX or HTML, multipart field 'file') to a case; its text is searched with the record"] = "为案例添加附件（PDF、DOCX 或 HTML，multipart 字段 file）；其文字随记录一同检索",
        ["The files attached to a case"] = "案例的附件列表",
        ["Download a file attached to a case"] = "下载案例的附件",
        ["Remove a file attached to a case"] = "删除案例的附件",
        ["The type is told by the content, not the name. A file whose text cannot be read is kept without text; textProblem says why."] = "文件类型按内容判断，与文件名无关。文字无法读取的文件仍会保存，但不含文字；textProblem 说明原因。",
        ["The attachment's number on the record."] = "附件在该记录中的序号。",
        ["The file: a PDF, a Word document (DOCX) or an HTML page."] = "文件：PDF、Word 文档（DOCX）或 HTML 网页。",
        // ---- end of s9-attach ----
        ["Cases"] = "案例",
        ["Classification"] = "案例分类标准",
        ["A case: its record, its classification terms and the linked works the caller may see"] = "一个案例：其记录、分类标引词，以及调用者可见的关联成果",
        ["Edit a case: the fields given change, the others stay"] = "编辑案例：只改所给字段，其余不变",
        ["Create a case (JSON body with the record's fields and the access level; internal by default)"] = "新建案例（JSON 请求体，含记录字段与访问级别；默认为内部）",
        ["The versions of a case: who, when, what changed, with the imported record and the curated fields"] = "案例的各个版本：由谁、何时、改了什么，并附导入的记录与人工编辑的字段",
        ["Make an earlier version of a case current again, as a new version"] = "把案例的较早版本恢复为当前版本（记为一个新版本）",
        ["The case classification standard: its facets and every term (code, facet, names in both languages, broader term, retired)"] =
            "案例分类标准：各个分面及其全部类目（代码、分面、中英文名称、上位类目、是否停用）",
        ["Only the terms of this facet: field, instrument, region or level."] = "只列出该分面的类目：field（领域）、instrument（政策工具）、region（地区）或 level（层级）。",
        ["Whether retired terms are listed too (default true: old cases still carry them)."] = "是否也列出已停用的类目（默认 true：旧案例仍带有它们）。",
        ["Add a term (JSON body {\"facet\": \"instrument\", \"code\": \"instrument.voucher\", \"nameZh\": \"创新券\", \"nameEn\": \"Innovation vouchers\", \"parent\": \"instrument.demand\"})"] =
            "新增类目（JSON 请求体 {\"facet\": \"instrument\", \"code\": \"instrument.voucher\", \"nameZh\": \"创新券\", \"nameEn\": \"Innovation vouchers\", \"parent\": \"instrument.demand\"}）",
        ["Rename a term or retire it (JSON body with nameZh, nameEn and/or retired); a retired term stays on the cases it tags"] =
            "重命名或停用类目（JSON 请求体含 nameZh、nameEn 和/或 retired）；停用的类目仍保留在已标引的案例上",
        ["The term's code."] = "类目的代码。",
        ["Move a project to a stage of its life cycle (JSON body: stage 立项|开题|中期检查|结题 or initiation|opening|midterm|completion, optional revision)"] =
            "把项目推进到生命周期的某一阶段（JSON 请求体：stage 为 立项|开题|中期检查|结题，或 initiation|opening|midterm|completion；可选 revision）",
        ["The project's id."] = "项目的编号。",
        ["Add a milestone to a project (JSON body: title, due yyyy-MM-dd, output the deliverable's work id, done yyyy-MM-dd, optional revision)"] =
            "为项目添加里程碑（JSON 请求体：title 标题，due 截止日 yyyy-MM-dd，output 交付成果的编号，done 完成日 yyyy-MM-dd；可选 revision）",
        ["Users"] = "用户",
        ["Works"] = "成果与文献",
        ["People"] = "人员",
        ["Thesaurus"] = "叙词表",
        ["Organisations"] = "机构",
        ["Projects"] = "项目",
        ["Experts"] = "专家",
        ["Imports"] = "导入",
        ["Exports"] = "导出",
        ["Dashboard"] = "概览",
        ["Analytics"] = "分析",
        ["Outputs"] = "智库成果",
        ["Evaluations"] = "评价",
        ["Delphi"] = "德尔菲专家咨询",
        ["Consultations"] = "专家咨询",
        ["Operations"] = "运维",
        ["query"] = "查询字符串",
        ["path"] = "路径",
        ["string"] = "字符串",
        ["string[]"] = "字符串（可重复）",
        ["integer"] = "整数",
        ["number"] = "数值",
        ["boolean"] = "布尔值",
        ["OK"] = "成功",
        ["Bad Request"] = "请求有误",
        ["Not Found"] = "未找到",
        ["Created"] = "已创建",
        ["No Content"] = "成功（无内容）",
        ["Accepted"] = "已受理",
        ["Payload Too Large"] = "上传内容过大",
        ["Service Unavailable"] = "服务不可用",
        ["Forbidden"] = "无权访问",
        ["Unauthorized"] = "未登录",
        ["Conflict"] = "冲突（记录已被修改）",
        ["Unprocessable Entity"] = "无法处理的内容",
        ["Too Many Requests"] = "请求过于频繁",
        ["Search works, people, organisations or projects"] = "检索成果与文献、人员、机构或项目",
        ["A query the syntax cannot read answers 400 with problem details saying, in the caller's language, what is wrong and where (kind, position); an unknown entity names the values allowed."] =
            "语法无法解析的检索式返回 400，问题详情以调用者的语言说明错在何处（类型、位置）；未知的检索对象会列出允许的取值。",
        ["The query: words, \"phrases\", AND/OR/NOT, parentheses, title:, author:, source:, keyword:, org:, kind:, lang:, year:2020 or year:[2010 TO 2020]. Empty or * for every visible work."] =
            "检索式：词语、\"短语\"、AND/OR/NOT、括号、title:、author:、source:、keyword:、org:、kind:、lang:、year:2020 或 year:[2010 TO 2020]。为空或 * 时返回全部可见成果。",
        ["A facet:value filter (kind, year, source, keyword, org, lang, clc); repeatable."] =
            "分面筛选 分面:取值（kind、year、source、keyword、org、lang、clc），可重复。",
        ["relevance (default), date or citations."] = "排序：relevance（相关度，默认）、date（日期）或 citations（被引次数）。",
        ["The page, from 1."] = "页码，从 1 开始。",
        ["Hits per page, 1-100 (default 20)."] = "每页条数，1–100（默认 20）。",
        ["Instead of page: the first hit to return, from 0."] = "代替页码：返回的第一条结果的位置，从 0 开始。",
        ["Instead of size: how many hits, 0-1000."] = "代替每页条数：返回多少条结果，0–1000。",
        ["What to search: works (default), people, organisations, projects, outputs or cases. Entities answer {entity, total, hits[{id, kind, name, works, access, score}]}; cases and outputs also answer facets[{code, facet, name, count}] (classification terms named in the caller's language) and f=tag:CODE narrows them; other facets and sort apply to works only."] =
            "检索对象：works（成果与文献，默认）、people、organisations、projects、outputs 或 cases。实体检索返回 {entity, total, hits[{id, kind, name, works, access, score}]}；案例与成果检索另返回 facets[{code, facet, name, count}]（分类术语，以调用者的语言命名），f=tag:代码 按术语筛选；其他分面与排序只适用于成果与文献。",
        ["The first year of a from–to year range (inclusive); works without a year are then left out. The answer's years histogram counts every year of the search without the range."] =
            "年份区间的起始年（含）；此时不含没有年份的成果。结果中的年份直方图统计不加该区间时检索到的每一年。",
        ["The last year of a from–to year range (inclusive)."] = "年份区间的结束年（含）。",
        ["The language of messages and problem details: zh (the default) or en, remembered in the zhiku-lang cookie. Without either, an API request follows its Accept-Language header."] =
            "提示与问题详情的语言：zh（默认）或 en，记在 zhiku-lang Cookie 中。两者都没有时，API 请求按其 Accept-Language 请求头。",
        ["Complete a search prefix"] = "补全检索词前缀",
        ["Each completion says its kind (keyword, author, titleWord, or textWord — a Chinese word or phrase of an abstract or full text) and how many works the caller may see carry it."] =
            "每条补全注明其类别（keyword 关键词、author 作者、titleWord 题名词，或 textWord——摘要或全文中的中文词语）以及调用者可见的成果中有多少条含有它。",
        ["The prefix (Chinese or Latin, case-insensitive, up to 100 characters)."] = "前缀（中文或拉丁字母，不区分大小写，最多 100 个字符）。",
        ["How many completions, 1-10 (default 10)."] = "补全条数，1–10（默认 10）。",
        ["The users the caller manages"] = "调用者管理的用户",
        ["The audit log of account changes, newest first"] = "账户变更的审计日志，最新的在前",
        ["Change a user's role (JSON body {\"role\": \"analyst\"})"] = "更改用户角色（JSON 请求体 {\"role\": \"analyst\"}）",
        ["Disable a user: no sign-in, cookies and tokens stop working"] = "停用用户：不能登录，Cookie 与令牌随即失效",
        ["Enable a disabled user"] = "重新启用已停用的用户",
        ["Reset a user's password; the new one is in the answer, only this once"] = "重置用户密码；新密码只在这次的响应中给出",
        ["Revoke all API tokens of a user"] = "吊销用户的全部 API 令牌",
        ["A work with authors, identifiers and the provenance of each field"] = "一条成果或文献：作者、标识符以及每个字段的来源",
        ["People who may be one person, best first, with the score and the evidence"] = "可能是同一人的人员，可能性高的在前，附得分与证据",
        ["How many candidates, 1-1000 (default 50)."] = "候选条数，1–1000（默认 50）。",
        ["Only candidates scoring at least this, 0-1 (default 0.3)."] = "只列得分不低于此值的候选，0–1（默认 0.3）。",
        ["The merges made, newest first"] = "已做的合并，最新的在前",
        ["Merge a person into another (JSON body {\"keep\": \"P11\", \"merge\": \"P167\"}): one person with all works"] =
            "把一个人员并入另一个（JSON 请求体 {\"keep\": \"P11\", \"merge\": \"P167\"}）：合并后的人员拥有全部成果",
        ["Undo a merge: the merged person comes back as they were"] = "撤销合并：被并入的人员恢复原样",
        ["The merge to undo."] = "要撤销的合并。",
        ["Two people are not one (JSON body {\"a\": \"P7\", \"b\": \"P139\"}): the pair is not proposed again"] =
            "两人并非同一人（JSON 请求体 {\"a\": \"P7\", \"b\": \"P139\"}）：此对不再被提议",
        ["A person: works, co-authors, affiliations, topics"] = "一位人员：成果、合作者、所属机构、主题",
        ["An organisation: people, works, projects"] = "一个机构：人员、成果、项目",
        ["A project and its output works"] = "一个项目及其成果",
        ["The thesaurus entries: accepted ones for everyone; status=proposed|rejected|all for curators"] =
            "叙词表条目：已采纳的对所有人可见；status=proposed|rejected|all 仅供审校者使用",
        ["accepted (default), proposed, rejected or all; all but accepted for curators only"] =
            "accepted（已采纳，默认）、proposed（待审）、rejected（已拒绝）或 all（全部）；除 accepted 外仅供审校者使用",
        ["Add an accepted pair (JSON body {\"variant\": \"IoT\", \"preferred\": \"Internet of Things\", \"kind\": \"acronym\"})"] =
            "添加一条已采纳的词对（JSON 请求体 {\"variant\": \"IoT\", \"preferred\": \"Internet of Things\", \"kind\": \"acronym\"}）",
        ["The accepted entries as a VOSviewer thesaurus file (label<TAB>replace by)"] =
            "已采纳的条目，导出为 VOSviewer 叙词表文件（label<TAB>replace by）",
        ["Propose pairs from the keywords the curator may see; answers the new proposals with their evidence"] =
            "从审校者可见的关键词中提议词对；返回新的提议及其证据",
        ["Accept an entry: it applies from now on"] = "采纳一条条目：自此生效",
        ["The entry."] = "条目。",
        ["Reject an entry: it does not apply and is not proposed again"] = "拒绝一条条目：不生效，也不再被提议",
        ["Remove an entry: the variant is a keyword of its own again"] = "删除一条条目：其变体重新成为独立的关键词",
        ["Import a VOSviewer thesaurus file (the request body, UTF-8 text) as accepted entries"] =
            "导入 VOSviewer 叙词表文件（请求体，UTF-8 文本），作为已采纳的条目",
        ["Edit a person: the fields given change, the others stay"] = "编辑人员：只改动给出的字段，其余不变",
        ["Edit a organisation: the fields given change, the others stay"] = "编辑机构：只改动给出的字段，其余不变",
        ["Edit an organisation: the fields given change, the others stay"] = "编辑机构：只改动给出的字段，其余不变",
        ["Edit a project: the fields given change, the others stay"] = "编辑项目：只改动给出的字段，其余不变",
        ["The body's \"revision\" (or the revision parameter) is the revision the caller edited, as the history or the last save gave it; 409 when the record changed since."] =
            "请求体中的 \"revision\"（或 revision 参数）是调用者所编辑的版本号，取自历史记录或上次保存的响应；此后记录若已被改动，返回 409。",
        ["The record's id."] = "记录的编号。",
        ["The revision edited (or \"revision\" in the body); a stale one answers 409."] =
            "所编辑的版本号（或请求体中的 \"revision\"）；版本号过期时返回 409。",
        ["Create a person (JSON body with the record's fields and the access level; internal by default)"] =
            "新建人员（JSON 请求体，含记录字段与访问级别；默认为内部）",
        ["Create a organisation (JSON body with the record's fields and the access level; internal by default)"] =
            "新建机构（JSON 请求体，含记录字段与访问级别；默认为内部）",
        ["Create an organisation (JSON body with the record's fields and the access level; internal by default)"] =
            "新建机构（JSON 请求体，含记录字段与访问级别；默认为内部）",
        ["Create a project (JSON body with the record's fields and the access level; internal by default)"] =
            "新建项目（JSON 请求体，含记录字段与访问级别；默认为内部）",
        ["The versions of a person: who, when, what changed, with the imported record and the curated fields"] =
            "人员的各个版本：谁、何时、改了什么，以及导入的原始记录与人工审校的字段",
        ["The versions of a organisation: who, when, what changed, with the imported record and the curated fields"] =
            "机构的各个版本：谁、何时、改了什么，以及导入的原始记录与人工审校的字段",
        ["The versions of an organisation: who, when, what changed, with the imported record and the curated fields"] =
            "机构的各个版本：谁、何时、改了什么，以及导入的原始记录与人工审校的字段",
        ["The versions of a project: who, when, what changed, with the imported record and the curated fields"] =
            "项目的各个版本：谁、何时、改了什么，以及导入的原始记录与人工审校的字段",
        ["Make an earlier version of a person current again, as a new version"] = "把人员的某个早期版本恢复为当前版本（作为一个新版本）",
        ["Make an earlier version of a organisation current again, as a new version"] = "把机构的某个早期版本恢复为当前版本（作为一个新版本）",
        ["Make an earlier version of an organisation current again, as a new version"] = "把机构的某个早期版本恢复为当前版本（作为一个新版本）",
        ["Make an earlier version of a project current again, as a new version"] = "把项目的某个早期版本恢复为当前版本（作为一个新版本）",
        ["The version to restore."] = "要恢复的版本。",
        ["The revision restored over; a stale one answers 409."] = "被覆盖的当前版本号；版本号过期时返回 409。",
        ["The experts on a topic, best first, each with the works that support the score"] = "某一主题的专家，最相关的在前，各附支撑其得分的成果",
        ["Document-centric ranking: the works a search finds vote for their authors. An empty query answers 400 with problem details."] =
            "以文献为中心的排序：检索到的成果为其作者投票。检索式为空时返回 400 与问题详情。",
        ["The topic: words (any may match; Chinese is segmented as in search) or the search syntax (\"phrases\", title:, AND/OR/NOT)."] =
            "主题：词语（任一词匹配即可；中文按检索的方式分词）或检索语法（\"短语\"、title:、AND/OR/NOT）。",
        ["How many experts, 1-100 (default 10)."] = "专家人数，1–100（默认 10）。",
        ["Assemble a team covering the needs, with its communication cost and who was left out and why"] =
            "组建覆盖各项需求的团队，给出沟通成本以及未入选者与原因",
        ["A person's expertise profile: topics, projects, policy outputs, roles, each traced to its records"] =
            "人员的专长画像：主题、项目、政策成果、角色，每项都可追溯到其记录",
        ["Upload files (multipart field 'files', several) and import them in the background"] =
            "上传文件（multipart 字段 'files'，可多个）并在后台导入",
        ["Answers 202 with the job; poll its status."] = "返回 202 与导入任务；请轮询任务状态。",
        ["Import jobs the caller may follow, newest first"] = "调用者可查看的导入任务，最新的在前",
        ["An import job: state, progress, report and rejected records"] = "一个导入任务：状态、进度、报告与被拒收的记录",
        ["Export the works matching a query"] = "导出与检索式匹配的成果与文献",
        ["Formats: jsonl, csljson, csv, xlsx, wos, ris, bibtex."] = "格式：jsonl、csljson、csv、xlsx、wos、ris、bibtex。",
        ["The format, one of the exporters' (ris, bibtex, csljson, csv, jsonl, xlsx, wos …); wos is Web of Science plain text for CiteSpace, VOSviewer and bibliometrix."] =
            "导出格式（ris、bibtex、csljson、csv、jsonl、xlsx、wos……）；wos 为 Web of Science 纯文本，可供 CiteSpace、VOSviewer 与 bibliometrix 读取。",
        ["A query as the search takes it; all visible works when absent."] = "与检索相同的检索式；省略时导出全部可见成果。",
        ["A facet:value filter as the search takes it; repeatable. With f or sort the works come in the search's order, else by id."] =
            "与检索相同的分面筛选 分面:取值，可重复。给出 f 或 sort 时按检索的顺序导出，否则按编号。",
        ["relevance, date or citations, as the search takes it."] = "排序：relevance（相关度）、date（日期）或 citations（被引次数），与检索相同。",
        ["Text formats: the character encoding, one of utf-8, utf-8-bom, gb18030. CSV defaults to UTF-8 with a byte order mark (what Excel needs), the others to UTF-8."] =
            "文本格式的字符编码：utf-8、utf-8-bom 或 gb18030。CSV 默认为带字节顺序标记的 UTF-8（Excel 需要），其他格式默认为 UTF-8。",
        ["The first year of a from–to year range (inclusive), as the search takes it."] = "年份区间的起始年（含），与检索相同。",
        ["The last year of a from–to year range (inclusive), as the search takes it."] = "年份区间的结束年（含），与检索相同。",
        ["Counts by kind, annual production and top keywords (the dashboard's charts)"] = "按类型的数量、年度产出与高频关键词（概览页的图表）",
        ["Descriptive bibliometrics of the works q finds (merge=off: the records as exported)"] =
            "对 q 检索到的成果做描述性文献计量（merge=off：按导出时的原始记录计）",
        ["The search (default: all works the caller may see)"] = "检索式（默认：调用者可见的全部成果）",
        ["Facet filter facet:value (repeatable), as on the search page"] = "分面筛选 分面:取值（可重复），与检索页相同",
        ["off: count the records as exported (bibliometrix without duplicatedMatching); default: merged works"] =
            "off：按导出时的原始记录计数（相当于 bibliometrix 不做 duplicatedMatching）；默认：合并后的成果",
        ["json|csv|xlsx (default json)"] = "输出格式 json|csv|xlsx（默认 json）",
        ["Most productive sources, Bradford's law, source impact, most cited works"] = "高产来源、布拉德福定律、来源影响力、高被引文献",
        ["Rows per table (default 20)"] = "每个表格的行数（默认 20）",
        ["Year for the m index and citations per year (default: the latest publication year, never the clock)"] =
            "计算 m 指数与年均被引的年份（默认：最晚的出版年份，而非当前时间）",
        ["Most productive authors, institutions, countries; Lotka's law; author impact"] = "高产作者、机构、国家；洛特卡定律；作者影响力",
        ["Bibliographic network, Leiden clusters, VOS layout; format=json|csv|xlsx|vosviewer (map and network in a ZIP)|vosviewer-map|vosviewer-network|graphml|gexf|pajek"] =
            "文献计量网络、Leiden 聚类、VOS 布局；format=json|csv|xlsx|vosviewer（ZIP 中含 map 与 network 文件）|vosviewer-map|vosviewer-network|graphml|gexf|pajek",
        ["coword|keywords-plus|coauthorship|institutions|countries|cocitation|cocitation-authors|cocitation-sources|coupling|citation (default coword)"] =
            "网络类型：coword 关键词共现|keywords-plus 扩展关键词共现|coauthorship 作者合作|institutions 机构合作|countries 国家合作|cocitation 文献共被引|cocitation-authors 作者共被引|cocitation-sources 来源共被引|coupling 文献耦合|citation 直接引用（默认 coword）",
        ["full|fractional (default full)"] = "计数方法：full 为完全计数，每篇文献的每次共现计 1；fractional 为分数计数，按文献的条目数分摊（默认 full）",
        ["none|association|salton|jaccard|inclusion|equivalence (default association)"] =
            "标准化方法：none 不标准化|association 关联强度|salton 余弦|jaccard 杰卡德|inclusion 包含指数|equivalence 等价指数（默认 association）",
        ["Keep items in at least N documents (default 1)"] = "保留至少出现在 N 篇文献中的节点（默认 1）",
        ["Keep the N most frequent items (default 100 unless minOccurrences is given)"] =
            "保留出现频次最高的 N 个节点（默认 100，给出 minOccurrences 时除外）",
        ["leiden|louvain (default leiden)"] =
            "聚类算法：leiden 为 Leiden 算法（Traag 等，2019），louvain 为 Louvain 算法（Blondel 等，2008）；默认 leiden",
        ["modularity|cpm (default modularity)"] = "质量函数：modularity 模块度|cpm 常数波茨模型（默认 modularity）",
        ["Resolution γ of the quality function (cpm: in units of the normalised edge weights; default 1)"] =
            "质量函数的分辨率 γ（cpm：以标准化后的连线权重为单位；默认 1）",
        ["Seed of clustering and layout (default 0)"] = "聚类与布局的随机种子（默认 0）",
        ["json|csv|xlsx (default json), or a network file: vosviewer|vosviewer-map|vosviewer-network|graphml|gexf|pajek"] =
            "输出格式 json|csv|xlsx（默认 json），或网络文件：vosviewer|vosviewer-map|vosviewer-network|graphml|gexf|pajek",
        ["Kleinberg bursts of keywords, terms or references by year (s, gamma)"] = "按年份检测关键词、术语或参考文献的 Kleinberg 突现（s、gamma）",
        ["keywords|terms|references: author keywords and Keywords Plus, title/abstract terms, or cited references (default keywords)"] =
            "突现对象：keywords 作者关键词与扩展关键词|terms 题名与摘要术语|references 被引参考文献（默认 keywords）",
        ["Items in at least N documents get a series (default 2)"] = "至少出现在 N 篇文献中的条目才计算序列（默认 2）",
        ["Rate ratio s of the burst state, above 1 (default 2)"] = "突现状态的速率比 s，大于 1（默认 2）",
        ["γ: entering a burst costs γ·ln(slices) (default 1)"] = "γ：进入突现状态的代价为 γ·ln(时间片数)（默认 1）",
        ["Thematic map (Callon centrality and density)"] = "主题图谱（Callon 中心度与密度）",
        ["keywords-plus|keywords|terms (default: Keywords Plus when any work has them, else author keywords)"] =
            "主题词来源：keywords-plus 扩展关键词|keywords 作者关键词|terms 术语（默认：有成果带扩展关键词时用扩展关键词，否则用作者关键词）",
        ["Most frequent words in the network (n; default 250)"] = "网络中保留的高频词数（n；默认 250）",
        ["Minimum occurrences per 1000 documents (at least 2; default 5)"] = "每 1000 篇文献的最低出现次数（至少 2；默认 5）",
        ["louvain|leiden (default louvain)"] =
            "聚类算法：louvain 为 Louvain 算法（Blondel 等，2008），leiden 为 Leiden 算法（Traag 等，2019）；默认 louvain",
        ["Random seed (default 1234)"] = "随机种子（默认 1234）",
        ["Thematic evolution across periods cut at the given years, by default at thirds of the documents"] =
            "在给定年份处划分时期的主题演化，默认按文献数三等分",
        ["Cut years, comma separated (e.g. 2000,2010; default: the years that split the documents into thirds)"] =
            "分界年份，以逗号分隔（如 2000,2010；默认：把文献三等分的年份）",
        ["Logistic and Gompertz fits of yearly counts"] = "按年计数的逻辑斯蒂与冈珀茨增长模型拟合",
        ["The trend's topic: works with a keyword or title containing it (default: all works found)"] =
            "趋势的主题：关键词或题名含有该词的成果（默认：检索到的全部成果）",
        ["Years to forecast (default 5)"] = "预测年数（默认 5）",
        ["Coverage of the prediction intervals (default 0.95)"] = "预测区间的覆盖率（默认 0.95）",
        ["Seed of the random starts (default 1)"] = "随机初值的种子（默认 1）",
        ["HTML or DOCX analysis report (lang=zh|en, format=html|docx)"] = "HTML 或 DOCX 格式的分析报告（lang=zh|en，format=html|docx）",
        ["zh|en (default en)"] = "报告语言 zh 中文|en 英文（默认 en）",
        ["html|docx (default html; the CLI: from the file name)"] = "报告格式 html|docx（默认 html；命令行按文件名判断）",
        ["The trend's topic (a keyword or title word; default: all works found)"] = "趋势的主题（关键词或题名中的词；默认：检索到的全部成果）",
        ["Conversion of outputs: 报送 → 批示 → 采纳 → 落实 counts, rates over submitted outputs, median days, by group"] =
            "成果转化：报送 → 批示 → 采纳 → 落实 的数量、占已报送成果的比例与用时中位数（天），按分组统计",
        ["organisation|person|project|year|type|channel (default organisation)"] =
            "分组方式：organisation 机构|person 人员|project 项目|year 年份|type 类型|channel 报送渠道（默认 organisation）",
        ["Count only the outputs this works search finds (default: all outputs the caller may see)"] =
            "只统计此检索式检索到的成果（默认：调用者可见的全部成果）",
        ["Only the outputs naming this organisation (机构)"] = "只统计署有此机构的成果",
        ["Only the outputs of this author"] = "只统计此作者的成果",
        ["Only the outputs of this project (code or title)"] = "只统计此项目（编号或名称）的成果",
        ["The first year counted"] = "统计的起始年",
        ["The last year counted"] = "统计的结束年",
        ["Only the outputs submitted through this channel: 内参|要报|专报|会议|其他"] = "只统计经此渠道报送的成果：内参|要报|专报|会议|其他",
        ["Only the outputs of this type: 研究报告|要报|专报|政策建议|评估报告|其他"] = "只统计此类型的成果：研究报告|要报|专报|政策建议|评估报告|其他",
        ["An output: its work, type, project and conversion events (报送, 批示, 采纳, 落实)"] =
            "一项智库成果：对应的成果记录、类型、项目与转化事件（报送、批示、采纳、落实）",
        ["Replace the output's classification tags (JSON body {tags: [codes or the terms' Chinese or English names]}); each change is a version of its history"] =
            "替换成果的分类标签（JSON 请求体 {tags: [术语代码或术语的中文、英文名称]}）；每次修改都是其历史中的一个版本",
        ["The versions of an output's classification tags: who, when and the codes (the first is what the import gave)"] =
            "成果分类标签的各个版本：修改者、时间与术语代码（第一个版本为导入时的标签）",
        ["Record a conversion event of the output (JSON body with the stage submitted|instructed|adopted|implemented, its day yyyy-MM-dd and the stage's facts)"] =
            "记录成果的一个转化事件（JSON 请求体：阶段 submitted 报送|instructed 批示|adopted 采纳|implemented 落实、日期 yyyy-MM-dd 以及该阶段的事实）",
        ["Scores and ranks of a bundled sample (e.g. asem) at every level; rank intervals when runs is above 0 (seeded)"] =
            "自带示例（如 asem）在各层级的得分与排名；runs 大于 0 时给出排名区间（带随机种子）",
        ["Uncertainty runs for rank intervals, 0 to 1000 (default 0, none; a sample's report.docx 100)."] =
            "计算排名区间的不确定性模拟次数，0–1000（默认 0，不计算；示例的 report.docx 为 100）。",
        ["The seed of the uncertainty runs (default 1)."] = "不确定性模拟的随机种子（默认 1）。",
        ["A file of a sample's run: a stage CSV (Raw.csv … Aggregated.csv), evaluation.xlsx, run-log.json or report.docx"] =
            "示例运行的一个文件：某一步骤的 CSV（Raw.csv … Aggregated.csv）、evaluation.xlsx、run-log.json 或 report.docx",
        ["The sample's folder under samples/evaluation, e.g. asem."] = "示例在 samples/evaluation 下的文件夹，如 asem。",
        ["Raw.csv … Aggregated.csv, evaluation.xlsx, run-log.json or report.docx."] =
            "Raw.csv … Aggregated.csv、evaluation.xlsx、run-log.json 或 report.docx。",
        ["The report's language, zh or en (default: the page's)."] = "报告的语言，zh 或 en（默认：与页面相同）。",
        ["Run a sample, or upload the files data and meta with a spec or step choices: stored as a run (201, bearer token of a manager, administrator or analyst)"] =
            "运行示例，或上传 data 与 meta 文件及评价方案或步骤选择：保存为一次运行（返回 201；需管理者、系统管理员或分析员的令牌）",
        // Issue 16: consultations run on the platform.
        ["The consultations the caller runs (role owner) or is a panellist of (role expert)"] = "调用者组织的（角色 owner）或作为专家参与的（角色 expert）专家咨询",
        ["Create a consultation of the caller's organisation (JSON body {\"topic\", \"description\", \"rule\": \"iqr<=1\", \"project\": \"R3\"})"] =
            "为调用者所在机构创建一项专家咨询（JSON 请求体 {\"topic\", \"description\", \"rule\": \"iqr<=1\", \"project\": \"R3\"}）",
        ["A consultation as its owner sees it: panel, items, rounds with statistics, who has not answered the open round"] =
            "组织方所见的专家咨询：专家组、题目、各轮及其统计、本轮尚未作答的专家",
        ["Add a registry person to the panel, bound to the user account they answer with (JSON body {\"person\": \"P12\", \"user\": \"name\", \"acceptConflict\": false})"] =
            "把专家库中的人员加入专家组，并绑定其作答所用的用户账号（JSON 请求体 {\"person\": \"P12\", \"user\": \"name\", \"acceptConflict\": false}）",
        ["Add an item before round 1 (JSON body {\"kind\": \"likert|numeric|ranking|pairwise|comment\", \"text\", \"scale\", \"unit\", \"min\", \"max\", \"options\"})"] =
            "在第一轮开始前添加题目（JSON 请求体 {\"kind\": \"likert|numeric|ranking|pairwise|comment\", \"text\", \"scale\", \"unit\", \"min\", \"max\", \"options\"}）",
        ["Open round 1, or publish the closed round's feedback and open the next (JSON body {\"closes\": \"2026-12-31\"}, optional)"] =
            "开启第一轮，或发布已结束一轮的反馈并开启下一轮（JSON 请求体 {\"closes\": \"2026-12-31\"}，可选）",
        ["Close the open round: its statistics are computed and kept"] = "结束当前一轮：计算并保存其统计结果",
        ["End the consultation (an open round is closed first)"] = "结束专家咨询（如有进行中的一轮，先将其结束）",
        ["The current round as a panellist answers it, with the previous round's feedback per item"] = "专家作答所见的当前一轮，并附每道题上一轮的反馈",
        ["Answer or revise items of the open round (JSON body {\"answers\": [{\"item\": 1, \"value\": 4, \"comment\", \"reason\"}]}); answers that do not fit are listed, the others saved"] =
            "回答或修改当前一轮的题目（JSON 请求体 {\"answers\": [{\"item\": 1, \"value\": 4, \"comment\", \"reason\"}]}）；不合要求的回答逐条列出，其余照常保存",
        ["The consultation."] = "专家咨询。",
        // Issue 16: the Delphi statistics of an uploaded answers file.
        ["Delphi statistics of an answers file (multipart field 'answers', CSV or XLSX with round, expert, item, value): per item and round and per round (bearer token of an administrator, manager or analyst)"] =
            "答卷文件（multipart 字段 answers，CSV 或 XLSX，列为 round、expert、item、value）的德尔菲统计：按条目与轮次、按轮次（需系统管理员、管理者或分析员的令牌）",
        ["The same JSON as zhiku delphi stats --json: items with n, median, quartiles (R type 7), IQR, mean, SD, CV, consensus and stability; rounds with Kendall's W corrected for ties, its chi-square, df and p; the rows left out under problems."] =
            "与 zhiku delphi stats --json 相同的 JSON：items 含人数、中位数、四分位数（R 第 7 类）、四分位距、均值、标准差、变异系数、共识与稳定性；rounds 含经结校正的肯德尔 W 及其卡方、自由度与 p 值；未计入的行列于 problems。",
        ["CSV or XLSX with the columns round, expert, item, value (or 轮次, 专家, 条目, 数值)."] = "CSV 或 XLSX，列为 round、expert、item、value（或 轮次、专家、条目、数值）。",
        ["The consensus rule: iqr<=K (default iqr<=1), within2>=P or cv<=C."] = "共识规则：iqr<=K（默认 iqr<=1）、within2>=P 或 cv<=C。",
        ["The largest share of experts who changed their answer for an item to count as stable (default 0.15)."] = "条目视为稳定时改答专家所占比例的上限（默认 0.15）。",
        ["The language of the problems, zh or en (default: the page's)."] = "问题说明的语言，zh 或 en（默认：与页面相同）。",
        ["Priorities, λmax, CI and CR (Saaty's random index) of a pairwise comparison matrix {\"matrix\": [[...]]}"] =
            "两两比较矩阵 {\"matrix\": [[...]]} 的权重、λmax、CI 与 CR（Saaty 随机一致性指标）",
        ["The stored runs the caller may see (their organisation's; all for administrators), newest first"] =
            "调用者可见的已保存运行（本机构的；系统管理员可见全部），最新的在前",
        ["A stored run's scores, ranks, framework, rank intervals and log"] = "一次已保存运行的得分、排名、指标体系、排名区间与日志",
        ["A stored file of a run: a stage CSV, evaluation.xlsx, run-log.json, spec.json or report.docx in the language asked for, else the page's"] =
            "一次运行保存的文件：某一步骤的 CSV、evaluation.xlsx、run-log.json、spec.json，或所请求语言（否则与页面相同）的 report.docx",
        ["The run's id."] = "运行的编号。",
        ["A stage CSV, evaluation.xlsx, run-log.json, spec.json or report.docx."] =
            "某一步骤的 CSV、evaluation.xlsx、run-log.json、spec.json 或 report.docx。",
        ["The run again with edited weights and directions; not stored"] = "以修改后的权重与方向重新计算一次，不保存",
        ["samples or runs."] = "samples（示例）或 runs（已保存的运行）。",
        ["The sample's name or the run's id."] = "示例的名称或运行的编号。",
        ["Edited weights CODE:W, comma-separated."] = "修改后的权重 代码:权重，以逗号分隔。",
        ["Edited directions CODE:1 or CODE:-1, comma-separated."] = "修改后的方向 代码:1 或 代码:-1，以逗号分隔。",
        ["The iMeta (CSV) with the edited weights and directions"] = "含修改后权重与方向的 iMeta（CSV）",
        ["One unit: scores and ranks at every level, rank interval, strengths and weaknesses, contributions, removal effects"] =
            "一个评价对象：各层级的得分与排名、排名区间、优势与短板、贡献以及剔除指标的影响",
        ["The unit's code."] = "评价对象的代码。",
        ["The DOCX report's language, zh or en (default: the page's)."] = "DOCX 报告的语言，zh 或 en（默认：与页面相同）。",
        ["The unit report as DOCX in the language asked for, else the page's"] = "该评价对象的 DOCX 报告，语言按请求，否则与页面相同",
        ["Liveness: the process answers (no store access)"] = "存活检查：进程有响应（不访问存储）",
        ["Readiness: the store and the search index answer; the index lag in store changes"] = "就绪检查：存储与检索索引有响应；给出索引落后于存储的变更数",
        ["503 with the reason when the store or the index does not answer."] = "存储或索引无响应时返回 503 与原因。",
        ["Prometheus metrics: requests, search latency, import jobs, index documents and lag"] =
            "Prometheus 指标：请求、检索延迟、导入任务、索引文档数与索引滞后",
        ["For administrators (cookie or bearer token) and callers from Zhiku:Metrics:AllowedNetworks (loopback by default)."] =
            "供系统管理员（Cookie 或令牌）以及来自 Zhiku:Metrics:AllowedNetworks 的调用者使用（默认仅本机回环地址）。",
    };

    /// <summary>A text of the OpenAPI document as the page shows it: in Chinese for zh, as the document says it for en.</summary>
    public static string? Show(string? english, string lang) =>
        english is null || lang != "zh" ? english : Zh.TryGetValue(english, out var zh) ? zh : english;
}

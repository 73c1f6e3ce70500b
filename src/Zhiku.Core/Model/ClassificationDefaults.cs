namespace Zhiku.Model;

/// <summary>
/// The case classification standard a new knowledge base starts with: S&amp;T fields; policy instruments as supply-,
/// environment- and demand-side types (Rothwell and Zegveld's grouping, as Chinese policy studies use it); China's
/// provincial-level regions by their ISO 3166-2 codes beside the main international ones; the levels of government.
/// Administrators and managers add, rename and retire terms afterwards.
/// </summary>
public static class ClassificationDefaults
{
    public static IReadOnlyList<ClassificationTerm> Terms { get; } =
    [
        .. Facet(ClassificationFacets.Field, null,
            ("ai", "人工智能", "Artificial intelligence"),
            ("digital", "信息技术与数字经济", "Information technology and the digital economy"),
            ("semiconductors", "集成电路", "Integrated circuits"),
            ("biomedicine", "生物医药", "Biomedicine"),
            ("health", "卫生健康", "Health"),
            ("energy", "能源", "Energy"),
            ("climate", "气候与生态环境", "Climate and environment"),
            ("manufacturing", "先进制造", "Advanced manufacturing"),
            ("materials", "新材料", "New materials"),
            ("agriculture", "农业科技", "Agricultural science and technology"),
            ("aerospace", "航空航天", "Aerospace"),
            ("marine", "海洋", "Marine science and technology"),
            ("transport", "交通运输", "Transport"),
            ("basic-research", "基础研究", "Basic research"),
            ("innovation-system", "创新体系与科技管理", "Innovation system and S&T management"),
            ("talent-education", "教育与人才", "Education and talent")),
        new(ClassificationFacets.Instrument + ".supply", ClassificationFacets.Instrument, "供给型", "Supply-side"),
        .. Facet(ClassificationFacets.Instrument, ClassificationFacets.Instrument + ".supply",
            ("funding", "科技经费投入", "R&D funding"),
            ("subsidy", "财政补贴", "Subsidies"),
            ("talent", "人才政策", "Talent policy"),
            ("infrastructure", "科技基础设施", "Research infrastructure"),
            ("information", "信息与技术服务", "Information and technical services"),
            ("public-services", "公共服务", "Public services")),
        new(ClassificationFacets.Instrument + ".environment", ClassificationFacets.Instrument, "环境型", "Environment-side"),
        .. Facet(ClassificationFacets.Instrument, ClassificationFacets.Instrument + ".environment",
            ("tax", "税收优惠", "Tax incentives"),
            ("finance", "金融支持", "Financial support"),
            ("regulation", "法规管制", "Regulation"),
            ("ip", "知识产权保护", "Intellectual property protection"),
            ("planning", "目标规划", "Strategic planning"),
            ("standards", "标准制定", "Standards")),
        new(ClassificationFacets.Instrument + ".demand", ClassificationFacets.Instrument, "需求型", "Demand-side"),
        .. Facet(ClassificationFacets.Instrument, ClassificationFacets.Instrument + ".demand",
            ("procurement", "政府采购", "Public procurement"),
            ("pilot", "示范试点", "Pilots and demonstrations"),
            ("outsourcing", "服务外包", "Service outsourcing"),
            ("trade", "贸易管制", "Trade control"),
            ("overseas", "海外机构", "Overseas agencies")),
        new(ClassificationFacets.Region + ".CN", ClassificationFacets.Region, "中国", "China"),
        .. Facet(ClassificationFacets.Region, ClassificationFacets.Region + ".CN",
            ("CN-BJ", "北京", "Beijing"), ("CN-TJ", "天津", "Tianjin"), ("CN-HE", "河北", "Hebei"), ("CN-SX", "山西", "Shanxi"),
            ("CN-NM", "内蒙古", "Inner Mongolia"), ("CN-LN", "辽宁", "Liaoning"), ("CN-JL", "吉林", "Jilin"), ("CN-HL", "黑龙江", "Heilongjiang"),
            ("CN-SH", "上海", "Shanghai"), ("CN-JS", "江苏", "Jiangsu"), ("CN-ZJ", "浙江", "Zhejiang"), ("CN-AH", "安徽", "Anhui"),
            ("CN-FJ", "福建", "Fujian"), ("CN-JX", "江西", "Jiangxi"), ("CN-SD", "山东", "Shandong"), ("CN-HA", "河南", "Henan"),
            ("CN-HB", "湖北", "Hubei"), ("CN-HN", "湖南", "Hunan"), ("CN-GD", "广东", "Guangdong"), ("CN-GX", "广西", "Guangxi"),
            ("CN-HI", "海南", "Hainan"), ("CN-CQ", "重庆", "Chongqing"), ("CN-SC", "四川", "Sichuan"), ("CN-GZ", "贵州", "Guizhou"),
            ("CN-YN", "云南", "Yunnan"), ("CN-XZ", "西藏", "Tibet"), ("CN-SN", "陕西", "Shaanxi"), ("CN-GS", "甘肃", "Gansu"),
            ("CN-QH", "青海", "Qinghai"), ("CN-NX", "宁夏", "Ningxia"), ("CN-XJ", "新疆", "Xinjiang"), ("CN-TW", "台湾", "Taiwan"),
            ("CN-HK", "香港", "Hong Kong"), ("CN-MO", "澳门", "Macao")),
        new(ClassificationFacets.Region + ".international", ClassificationFacets.Region, "国际", "International"),
        .. Facet(ClassificationFacets.Region, ClassificationFacets.Region + ".international",
            ("US", "美国", "United States"), ("EU", "欧盟", "European Union"), ("DE", "德国", "Germany"), ("GB", "英国", "United Kingdom"),
            ("FR", "法国", "France"), ("JP", "日本", "Japan"), ("KR", "韩国", "South Korea"), ("SG", "新加坡", "Singapore"),
            ("IL", "以色列", "Israel"), ("IN", "印度", "India"), ("RU", "俄罗斯", "Russia"), ("global", "全球或多国", "Global or several countries")),
        .. Facet(ClassificationFacets.Level, null,
            ("national", "国家", "National"),
            ("provincial", "省级", "Provincial"),
            ("municipal", "市级", "Municipal"),
            ("county", "县级", "County"),
            ("international", "国际组织", "International organisations")),
    ];

    private static IEnumerable<ClassificationTerm> Facet(string facet, string? parent, params (string Key, string Zh, string En)[] terms) =>
        terms.Select(t => new ClassificationTerm(facet + "." + t.Key, facet, t.Zh, t.En, parent));
}

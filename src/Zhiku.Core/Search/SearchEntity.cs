namespace Zhiku.Search;

/// <summary>What a search looks for: works (the default) or one kind of registry entity.</summary>
public enum SearchEntity
{
    Works,
    People,
    Organisations,
    Projects,

    /// <summary>The think tank's own products (研究报告, 要报, 专报, 政策建议, 评估报告): works with an output record, seen as their works are.</summary>
    Outputs,

    /// <summary>Cases (案例): structured descriptions of a policy or S&amp;T practice, tagged with the case classification standard.</summary>
    Cases,
}

namespace Zhiku.Consultation;

/// <summary>The words a consultation is stored and answered with: item kinds, consultation states and round states.</summary>
public static class ConsultationTerms
{
    public const string Likert = "likert";
    public const string Numeric = "numeric";
    public const string Ranking = "ranking";
    public const string Pairwise = "pairwise";
    public const string Comment = "comment";

    /// <summary>Being set up: panel and items are added, no round has opened.</summary>
    public const string Draft = "draft";

    /// <summary>A round is open or its statistics await the next round.</summary>
    public const string Open = "open";

    /// <summary>The latest round is closed and its statistics kept.</summary>
    public const string Closed = "closed";

    /// <summary>Ended by the owner: no more rounds.</summary>
    public const string Ended = "ended";

    /// <summary>A round whose feedback the panel sees (the next round opened).</summary>
    public const string Published = "published";

    public static readonly string[] Kinds = [Likert, Numeric, Ranking, Pairwise, Comment];
}

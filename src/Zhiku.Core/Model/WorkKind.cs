namespace Zhiku.Model;

/// <summary>What kind of output a work is.</summary>
public enum WorkKind
{
    JournalArticle,
    ConferencePaper,
    Book,
    Chapter,
    Thesis,
    Patent,
    PolicyDocument,
    ThinkTankReport,
    PolicyBrief,
    News,
    Dataset,
    Case,
    Preprint,
    Review,
    Other,
}

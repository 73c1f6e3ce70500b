namespace Zhiku.Files.Tagged;

/// <summary>How one line-tagged format writes its fields and separates its records.</summary>
internal abstract class TaggedSyntax
{
    /// <summary>Splits a line into tag and value; false for a continuation line.</summary>
    public abstract bool TryParse(string line, out string tag, out string value);

    /// <summary>True for the tag that opens a record (TY, PMID, {Reference Type}).</summary>
    public abstract bool IsStart(string tag);

    /// <summary>True for the tag that closes a record (ER); such fields are not kept.</summary>
    public virtual bool IsEnd(string tag) => false;

    /// <summary>True when a blank line ends the record.</summary>
    public virtual bool BlankLineEndsRecord => true;

    /// <summary>True when, between records, any tag opens a new record (formats without a fixed first tag).</summary>
    public virtual bool AnyTagStartsRecord => false;

    /// <summary>What joins a continuation line to the value before it.</summary>
    public virtual string ContinuationSeparator => " ";
}

namespace Zhiku.Registry;

/// <summary>How an editable field is written and checked.</summary>
public enum RegistryFieldType
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Several lines of text (a description).</summary>
    LongText,

    /// <summary>A list of short texts (affiliations, aliases, members).</summary>
    List,

    /// <summary>One of a closed list of values.</summary>
    Choice,

    /// <summary>A year, a month or a day: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    Date,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>An http(s) address.</summary>
    Url,

    /// <summary>A list of codes of the case classification standard, each a term that is not retired.</summary>
    Terms,

    /// <summary>
    /// Rows of a few named values (a project's team: name and role; its milestones: title, due day, output, done day),
    /// each checked by its column; a form posts them as lines with the values separated by "|".
    /// </summary>
    Table,
}

/// <summary>A field of a registry record that curators edit: its JSON name in the stored record, its type and limits.</summary>
public sealed record RegistryField(
    string Name, RegistryFieldType Type, bool Required = false, IReadOnlyList<string>? Choices = null, IReadOnlyList<RegistryField>? Columns = null)
{
    /// <summary>The longest value a field takes (a list: each item), in characters.</summary>
    public int MaxLength => Type == RegistryFieldType.LongText ? 8000 : 500;

    /// <summary>The most items a list takes.</summary>
    public const int MaxItems = 200;
}

namespace Zhiku.Search.Querying;

/// <summary>What is wrong in a query, so that a face can say it in the reader's language.</summary>
public enum QuerySyntaxKind
{
    /// <summary>A parenthesis opened and never closed, or closed and never opened.</summary>
    UnbalancedParenthesis,

    /// <summary>A quotation mark that starts a phrase and never ends it.</summary>
    UnbalancedQuote,

    /// <summary>A range such as <c>year:[2010 TO 2020]</c> that is not complete or not on the year.</summary>
    BadRange,

    /// <summary>A field before a colon that the syntax does not know (<see cref="QuerySyntaxException.Detail"/>).</summary>
    UnknownField,

    /// <summary>A year field whose value is not a year (<see cref="QuerySyntaxException.Detail"/>).</summary>
    NotAYear,

    /// <summary>A word that starts with * or ?, which would scan every term of the index.</summary>
    LeadingWildcard,

    /// <summary>A facet filter naming a facet the index does not have (<see cref="QuerySyntaxException.Detail"/>).</summary>
    UnknownFacet,

    /// <summary>A query of nothing but punctuation or operators.</summary>
    NoSearchableWords,

    /// <summary>Something the syntax does not expect at a place, such as AND at the end (<see cref="QuerySyntaxException.Detail"/>).</summary>
    Unexpected,
}

namespace Zhiku.Analytics.Networks.Build;

/// <summary>How a document's co-occurrences are counted.</summary>
public enum Counting
{
    /// <summary>Every pair of items in a document adds 1.</summary>
    Full,

    /// <summary>
    /// A document with n items adds 1/(n−1) to each of its pairs, so each item gets total strength 1 from it
    /// (Perianes-Rodriguez, Waltman &amp; van Eck 2016, "Constructing bibliometric networks: a comparison between full and
    /// fractional counting", J. Informetrics 10(4)).
    /// </summary>
    Fractional,
}

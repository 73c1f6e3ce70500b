namespace Zhiku.Search.Querying;

/// <summary>
/// A search the core cannot run; the message says why, for the user. What is wrong in the query text itself is the
/// typed <see cref="QuerySyntaxException"/>, which a caller can explain in the reader's language.
/// </summary>
public class SearchSyntaxException(string message, Exception? inner = null) : Exception(message, inner);

namespace Zhiku.Search.Querying;

/// <summary>A query the search syntax cannot read; the message says why, for the user.</summary>
public sealed class SearchSyntaxException(string message, Exception? inner = null) : Exception(message, inner);

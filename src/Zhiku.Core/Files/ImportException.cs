namespace Zhiku.Files;

/// <summary>A file that cannot be read at all (not found, not the format it claims, unreadable archive).</summary>
public sealed class ImportException(string message, Exception? inner = null) : Exception(message, inner);

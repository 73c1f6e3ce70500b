namespace Zhiku.Formats.Registry;

/// <summary>How a mapping recognises its table.</summary>
public sealed class RegistryDetect
{
    /// <summary>Headers that must all be present ("a|b" = either).</summary>
    public List<string> Headers { get; set; } = [];

    /// <summary>The score to report when they are (0..100).</summary>
    public int Score { get; set; } = 85;
}

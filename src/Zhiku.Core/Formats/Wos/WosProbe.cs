namespace Zhiku.Formats.Wos;

/// <summary>Content tests for WoS-tagged text, shared by the WoS and CiteSpace-CNKI detectors.</summary>
internal static class WosProbe
{
    /// <summary>True when the head has "PT" record starts, an "ER" record end and mostly tag or continuation lines.</summary>
    public static bool LooksTagged(FileProbe probe)
    {
        var lines = probe.FirstLines(40);
        var first = lines.FirstOrDefault(l => !l.StartsWith("FN ", StringComparison.Ordinal) && !l.StartsWith("VR ", StringComparison.Ordinal));
        if (first is null || !first.StartsWith("PT ", StringComparison.Ordinal))
        {
            return false;
        }

        var tagged = lines.Count(l => WosTagReader.TagOf(l) is not null || l.StartsWith("   ", StringComparison.Ordinal));
        var hasEnd = probe.HeadText.Contains("\nER", StringComparison.Ordinal);
        return hasEnd && tagged * 10 >= lines.Count * 9;
    }

    /// <summary>True for CiteSpace's CNKI conversion: WoS tags with the placeholder "UT CNKI:".</summary>
    public static bool IsCiteSpaceCnki(FileProbe probe) => probe.HeadText.Contains("\nUT CNKI:", StringComparison.Ordinal);
}

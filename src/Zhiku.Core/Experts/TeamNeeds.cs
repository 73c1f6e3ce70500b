namespace Zhiku.Experts;

/// <summary>Reads needs written as one text: topics separated by ';' (or the Chinese '；').</summary>
public static class TeamNeeds
{
    public static IReadOnlyList<string> Split(string? text) =>
        text is null ? [] : text.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

namespace Zhiku.Knowledge.Reading;

/// <summary>
/// Which page of each long list a detail page reads (from 1), <see cref="Size"/> items a page: a person's or a project's
/// works, an organisation's own works, the works of its people, its people and its projects.
/// </summary>
public sealed record DetailPaging
{
    /// <summary>The first page of every list, 100 items each (what the API answers).</summary>
    public static readonly DetailPaging First = new();

    public int Size { get; init; } = 100;

    public int Works { get; init; } = 1;

    public int MemberWorks { get; init; } = 1;

    public int People { get; init; } = 1;

    public int Projects { get; init; } = 1;

    /// <summary>How many items come before a page of a list (a page below 1 is the first).</summary>
    public int Offset(int page) => (Math.Max(1, page) - 1) * Math.Max(1, Size);
}
